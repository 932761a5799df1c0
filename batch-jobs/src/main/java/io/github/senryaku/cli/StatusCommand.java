package io.github.senryaku.cli;

import io.github.senryaku.batch.store.Store;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.model.evaluation.Submissions;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.settings.Settings;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code senryaku status --year R6}: per goal, what has been reported for the year and what is missing (未提出). */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows, per basic goal, which targets and measures have a report for a year and which are missing (未提出).")
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Fiscal year: R6, 令和6年度, 2024…")
    FiscalYear year;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = config.settings(senryaku.environment());
        StrategyPlan plan = config.loadPlan(settings);
        if (PlanYears.refused(PlanYears.nothingToReport(plan, year), spec.commandLine().getErr())) {
            return ExitCodes.INVALID_INPUT;
        }
        Optional<Store> existing = config.existingStore(settings);
        Submissions submissions = existing.isPresent()
                ? existing.get().inTransaction(c -> StoredActuals.submissions(c, plan, year))
                : Submissions.of(plan, year, Set.of(), Set.of());
        out.println(year.label() + " の提出状況（未提出 " + submissions.missing() + " 件）");
        for (Submissions.GoalSubmissions goal : submissions.goals()) {
            out.println("【" + goal.goal().heading() + "】" + goal.goal().title());
            out.println("  数値目標: 提出 " + goal.targets().stream().filter(Submissions.Item::reported).count() + " / "
                    + goal.targets().stream().filter(Submissions.Item::expected).count());
            goal.targets().stream().filter(Submissions.Item::expected).forEach(item -> out.println("    "
                    + (item.reported() ? "提出済 " : "未提出 ") + item.subject().code() + " " + item.subject().name()));
            out.println("  取組: 提出 " + goal.measures().stream().filter(Submissions.Item::reported).count() + " / "
                    + goal.measures().stream().filter(Submissions.Item::expected).count());
            goal.measures().stream().filter(Submissions.Item::expected).forEach(item -> out.println("    "
                    + (item.reported() ? "提出済 " : "未提出 ") + item.subject().code() + " " + item.subject().title()));
        }
        return ExitCodes.OK;
    }
}
