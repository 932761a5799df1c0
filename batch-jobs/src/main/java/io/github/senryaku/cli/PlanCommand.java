package io.github.senryaku.cli;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.PlanLibrary;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.json.PlanJson;
import io.github.senryaku.reports.text.PlanText;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.util.List;
import java.util.Optional;
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
        public Integer call() throws InvalidFileException, java.sql.SQLException, PlansInForce.PlanChoiceException {
            Settings settings = config.settings(plan.senryaku.environment());
            if (format == Format.json && year == null) {
                // The plan alone, not evaluated: the store is not opened.
                spec.commandLine().getOut().println(PlanJson.of(config.choosePlan(config.plans(settings),
                        java.util.Optional.empty())));
                return ExitCodes.OK;
            }
            try (ConfigOptions.PlansAndStore read = config.plansAndStore(settings)) {
                StrategyPlan strategy = config.choosePlan(read.plans(), java.util.Optional.ofNullable(year));
                if (year != null && PlanYears.refused(PlanYears.outsidePeriod(strategy, year), spec.commandLine().getErr())) {
                    return ExitCodes.INVALID_INPUT;
                }
                GradingRulebook rulebook = config.loadRulebook(settings);
                FiscalYear evaluated = year != null ? year : lastClosedYear(strategy);
                EvaluatedPlan evaluation = EvaluatedPlan.of(strategy.inForce(evaluated), rulebook,
                        read.storedActuals(strategy), evaluated);
                if (format == Format.text) {
                    revisions(spec.commandLine().getOut(), strategy, evaluated);
                }
                spec.commandLine().getOut().print(format == Format.json ? PlanJson.of(evaluation) + "\n" : PlanText.of(evaluation, ""));
                return ExitCodes.OK;
            }
        }
    }

    /** Which version of the plan grades the year (改訂版／改訂前), and what each revision changed. */
    static void revisions(java.io.PrintWriter out, StrategyPlan plan, FiscalYear year) {
        if (plan.revisions().isEmpty()) {
            return;
        }
        out.println(plan.code() + " " + year.label() + "の評価: " + plan.inForce(year).versionLabel());
        for (var revision : plan.revisions()) {
            out.println("  " + revision.title() + "（" + revision.effective().label() + "から"
                    + (revision.isInForceIn(year) ? "、適用" : "、この年度には未適用") + "）");
            revision.changes().forEach(change -> out.println("    " + change.describe()));
        }
        out.println();
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Checks a plan file; lists every problem with its line (exit 1) or says it is valid (exit 0).")
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE|DIR", description = "The plan file to check, or a plans folder (config/plans):"
                + " the plans of its folder are checked together (plan codes, succeeds, continues, inherited baselines).")
        Path file;

        @ParentCommand
        PlanCommand plan;

        @Option(names = "--home", paramLabel = "DIR", description = "Also check the plan's revisions against the store of"
                + " this data folder: a target or measure retired (廃止) from a year must have no actuals stored for it.")
        Path home;

        @Override
        public Integer call() throws InvalidFileException, java.sql.SQLException {
            if (java.nio.file.Files.isDirectory(file)) {
                PlanLibrary library = PlanLibrary.load(file);
                for (StrategyPlan plan : library.plans()) {
                    spec.commandLine().getOut().println(library.file(plan.code()).orElseThrow() + ": 問題はありません（"
                            + plan.code() + "、" + PlanCounts.of(plan) + "）");
                }
                return ExitCodes.OK;
            }
            StrategyPlan plan = PlanFileLoader.load(file);
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && file.getFileName().toString().endsWith(".yaml")) {
                // A plan is valid with the plans it names: its predecessor, the targets it continues.
                List<Path> others = PlanLibrary.planFiles(folder).stream()
                        .filter(other -> !other.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()))
                        .toList();
                List<Path> all = new java.util.ArrayList<>(others);
                all.add(file);
                PlanLibrary.load(all, path -> path.equals(file) ? file.toString() : path.toString());
            }
            if (home != null) {
                retiredButReported(plan);
            }
            spec.commandLine().getOut().println(file + ": 問題はありません（" + PlanCounts.of(plan) + "）");
            return ExitCodes.OK;
        }

    /**
     * A revision that retires a target or measure whose actuals the store still holds for a year from the
     * retirement on: the revision or the reports are wrong, and the plan is refused until one is put right.
     */
    private void retiredButReported(StrategyPlan strategy) throws InvalidFileException, java.sql.SQLException {
        Settings settings = Settings.load(Optional.empty(), Optional.of(home), this.plan.senryaku.environment());
        if (settings.database().isEmbedded()
                && !java.nio.file.Files.exists(home.resolve("db").resolve("senryaku.mv.db"))) {
            return;
        }
        io.github.senryaku.batch.store.Store store = io.github.senryaku.batch.store.Store.open(settings.database(),
                PlansInForce.load(settings).legacy().code());
        List<io.github.senryaku.model.problem.Problem> problems = new java.util.ArrayList<>();
        for (var revision : strategy.revisions()) {
            for (var change : revision.changes()) {
                if (!(change instanceof io.github.senryaku.model.plan.RevisionChange.Retired retired)) {
                    continue;
                }
                String code = retired.code().text();
                List<FiscalYear> years = store.inTransaction(connection -> java.util.stream.Stream.concat(
                        io.github.senryaku.batch.store.StoredActuals.currentActuals(connection, strategy.code(),
                                Optional.empty()).stream().filter(r -> r.code().equals(code)).map(r -> r.year()),
                        io.github.senryaku.batch.store.StoredActuals.currentMeasures(connection, strategy.code(),
                                Optional.empty()).stream().filter(r -> r.code().equals(code)).map(r -> r.year()))
                        .filter(revision::isInForceIn).distinct().sorted().toList());
                if (!years.isEmpty()) {
                    problems.add(io.github.senryaku.model.problem.Problem.error(
                            new io.github.senryaku.model.problem.Location.Line(file.toString(), 0, "revisions"), code,
                            revision.title() + "で " + code + " を" + revision.effective().eraLabel() + "から廃止していますが、"
                                    + years.stream().map(FiscalYear::eraLabel).collect(java.util.stream.Collectors.joining("、"))
                                    + "の報告が " + home + " に取り込まれています",
                            "廃止の年度（effective）を確かめるか、その年度の報告を取り込み直してください"));
                }
            }
        }
        store.shutdownEmbedded();
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
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
