package io.github.senryaku.cli;

import io.github.senryaku.batch.store.Store;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.model.evaluation.Submissions;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.settings.Settings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code senryaku status --year R6}: what has been reported for the year and what is missing (未提出): the
 * plan-wide targets (全体目標), then per goal its 数値目標, its policies' KPIs and its measures.
 */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows which plan-wide targets, and per basic goal which numerical targets, KPIs and measures, have a"
                + " report for a year and which are missing (未提出).")
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
        try (ConfigOptions.PlansAndStore read = config.plansAndStore(settings)) {
            StrategyPlan plan = config.choosePlan(read.plans(), Optional.of(year));
            if (PlanYears.refused(PlanYears.nothingToReport(plan, year), spec.commandLine().getErr())) {
                return ExitCodes.INVALID_INPUT;
            }
            Optional<Store> existing = read.store();
            Submissions submissions = existing.isPresent()
                    ? existing.get().inTransaction(c -> StoredActuals.submissions(c, plan, year))
                    : Submissions.of(plan, year, Set.of(), Set.of());
            out.println(plan.title() + "（" + plan.code() + "）");
            out.println(year.label() + " の提出状況（未提出 " + submissions.missing() + " 件）");
            if (!submissions.overall().isEmpty()) {
                out.println("【全体目標】");
                targets(out, "全体目標", submissions.overall());
            }
            for (Submissions.GoalSubmissions goal : submissions.goals()) {
                out.println("【" + goal.goal().heading() + "】" + goal.goal().title());
                targets(out, "数値目標", goal.targets());
                if (!goal.kpis().isEmpty()) {
                    targets(out, "KPI（重要業績評価指標）", goal.kpis());
                }
                out.println("  取組: 提出 " + goal.measures().stream().filter(Submissions.Item::reported).count() + " / "
                        + goal.measures().stream().filter(Submissions.Item::expected).count());
                goal.measures().stream().filter(Submissions.Item::expected).forEach(item -> out.println("    "
                        + (item.reported() ? "提出済 " : "未提出 ") + item.subject().code() + " " + item.subject().title()));
            }
            return ExitCodes.OK;
        }
    }

    /**
     * One kind of indicator: how many of those due were reported, then each due one; a survey indicator in a
     * year without a survey is listed apart, never as 未提出, with the survey its grade rests on.
     */
    private void targets(PrintWriter out, String kind, List<Submissions.Item<NumericalTarget>> items) {
        out.println("  " + kind + ": 提出 " + items.stream().filter(i -> i.expected() && i.reported()).count() + " / "
                + items.stream().filter(Submissions.Item::expected).count());
        for (Submissions.Item<NumericalTarget> item : items) {
            NumericalTarget target = item.subject();
            String line = target.code() + " " + target.name();
            if (item.expected()) {
                out.println("    " + (item.reported() ? "提出済 " : "未提出 ") + line);
            } else if (betweenSurveys(target)) {
                out.println("    " + (item.reported() ? "提出済 " + line + "（調査年ではありません）"
                        : "調査年外 " + line + "（" + target.surveys().latestUpTo(year).map(y -> y.shortCode() + "調査の値で評価")
                                .orElse("最初の調査は " + target.surveys().years().get(0).shortCode()) + "）"));
            }
        }
    }

    /** Within the target's span, but not a survey year: nothing is due, the latest survey's figure is graded. */
    private boolean betweenSurveys(NumericalTarget target) {
        return !year.isBefore(target.firstYearDue()) && !year.isAfter(target.target().year())
                && !target.surveys().isSurveyYear(year);
    }
}
