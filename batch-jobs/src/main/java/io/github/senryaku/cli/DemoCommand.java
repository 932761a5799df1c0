package io.github.senryaku.cli;

import io.github.senryaku.demo.SampleActuals;
import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.reports.text.PlanText;
import io.github.senryaku.settings.Settings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The README's first command. For now it loads and validates the configured plan and rulebook and
 * prints the plan evaluated for its last year against sample actuals; the department import and the
 * PDF/Excel reports join it as they are built.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Loads and validates the plan, evaluates it against sample data (サンプルデータ) and prints it.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws InvalidFileException {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = config.settings(senryaku.environment());
        StrategyPlan plan = config.loadPlan(settings);
        GradingRulebook rulebook = config.loadRulebook(settings);
        out.println("計画ファイル " + settings.plan() + " を読み込み、検証しました（基本目標 " + plan.goals().size()
                + "・数値目標 " + plan.targets().count() + "・主要施策 " + plan.policies().count() + "・取組 "
                + plan.measures().count() + "）。");
        out.println("評価基準 " + settings.rulebook() + "（" + rulebook.name() + "）");
        out.println();
        EvaluatedPlan evaluated = EvaluatedPlan.of(plan, rulebook, SampleActuals.of(plan), plan.period().to());
        out.print(PlanText.of(evaluated, SampleActuals.BANNER));
        return ExitCodes.OK;
    }
}
