package io.github.senryaku.cli;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.json.PlanJson;
import io.github.senryaku.reports.text.PlanText;
import io.github.senryaku.settings.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows or checks the strategy plan (計画).",
        subcommands = {PlanCommand.Show.class, PlanCommand.Validate.class})
final class PlanCommand implements Runnable {

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (show, validate)");
    }

    enum Format { text, json }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Prints the plan, evaluated for a fiscal year (評価) with the actuals in the store.",
                    "JSON is a stable contract: see docs/plan-json.md. Without --year, JSON has no evaluation."})
    static final class Show implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--year", paramLabel = "YEAR",
                description = "Fiscal year to evaluate, within the plan's period: R6, 令和6年度, 2024, FY2024… (default: the last closed year of the plan).")
        FiscalYear year;

        @Override
        public Integer call() throws InvalidFileException, java.sql.SQLException {
            Settings settings = config.settings(plan.senryaku.environment());
            StrategyPlan strategy = config.loadPlan(settings);
            if (year != null && PlanYears.refused(PlanYears.outsidePeriod(strategy, year), spec.commandLine().getErr())) {
                return ExitCodes.INVALID_INPUT;
            }
            if (format == Format.json && year == null) {
                spec.commandLine().getOut().println(PlanJson.of(strategy));
                return ExitCodes.OK;
            }
            GradingRulebook rulebook = config.loadRulebook(settings);
            FiscalYear evaluated = year != null ? year : lastClosedYear(strategy);
            EvaluatedPlan evaluation = EvaluatedPlan.of(strategy, rulebook, config.storedActuals(settings), evaluated);
            spec.commandLine().getOut().print(format == Format.json ? PlanJson.of(evaluation) + "\n" : PlanText.of(evaluation, ""));
            return ExitCodes.OK;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Checks a plan file; lists every problem with its line (exit 1) or says it is valid (exit 0).")
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The plan file to check.")
        Path file;

        @Override
        public Integer call() throws InvalidFileException {
            StrategyPlan plan = PlanFileLoader.load(file);
            spec.commandLine().getOut().println(file + ": 問題はありません（" + PlanCounts.of(plan) + "）");
            return ExitCodes.OK;
        }
    }

    /** The last fiscal year that has closed, within the plan's period. */
    static FiscalYear lastClosedYear(StrategyPlan plan) {
        FiscalYear lastClosed = FiscalYear.containing(LocalDate.now(ZoneId.of("Asia/Tokyo"))).plus(-1);
        if (lastClosed.isAfter(plan.period().to())) {
            return plan.period().to();
        }
        return lastClosed.isBefore(plan.period().from()) ? plan.period().from() : lastClosed;
    }
}
