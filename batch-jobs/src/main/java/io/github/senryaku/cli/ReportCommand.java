package io.github.senryaku.cli;

import io.github.senryaku.batch.annualreport.AnnualReports;
import io.github.senryaku.batch.annualreport.Manifest;
import io.github.senryaku.batch.annualreport.ReportFormat;
import io.github.senryaku.batch.finalreport.FinalReports;
import io.github.senryaku.batch.finalreport.FinalSnapshotReader;
import io.github.senryaku.batch.runtime.BatchRuntimeBootstrap;
import io.github.senryaku.batch.runtime.DataFolderLock;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code senryaku report --year R6 [--plan CODE] [--format pdf,xlsx,csv,html] [--out DIR]}: runs the annual report job;
 * {@code senryaku report --plan CODE --final [--allow-missing]}: the final report (最終評価) of the plan's period.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Renders the annual progress report (進捗状況報告書) of a fiscal year from the store:",
                "PDF/A (A4), Excel workbook, open-data kpi.csv and the HTML edition (a static site in html/).",
                "Default folder: <home>/reports/<plan>/<year>,",
                "e.g. reports/kanazawa-2nd/R6. With --final: the plan's final report (最終評価) over its whole period,",
                "in <home>/reports/<plan>/最終評価."})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--year", paramLabel = "YEAR", description = "Fiscal year, within the plan's period: R6, 令和6年度, 2024…"
            + " (required, except with --final).")
    FiscalYear year;

    @Option(names = "--final", description = "The final report (最終評価) of the plan's whole period instead of a year's.")
    boolean finalReport;

    @Option(names = "--allow-missing", description = "With --final: render even when years of the period have no"
            + " reports at all, printing them as 未提出.")
    boolean allowMissing;

    @Option(names = "--format", paramLabel = "pdf,xlsx,csv,html",
            description = "Formats, comma-separated (default: pdf,xlsx,csv,html; with --final pdf,xlsx,csv: the final"
                    + " report has no HTML edition).")
    String formats;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: <home>/reports/<year>).")
    Path out;

    @Override
    @SuppressWarnings("try") // the lock is held for the try block's duration, not used in it
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        // CDI starts on another thread while the settings and plans are read and the store is opened.
        BatchRuntimeBootstrap.startCdiAhead();
        Settings settings = config.settings(senryaku.environment());
        Set<ReportFormat> wanted = formats == null ? (finalReport ? ReportFormat.FINAL : ReportFormat.ANNUAL)
                : ReportFormat.parse(formats);
        if (finalReport && !ReportFormat.FINAL.containsAll(wanted)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--final の形式は pdf, xlsx, csv です（HTML版は年次の報告書だけです）");
        }
        if (wanted.contains(ReportFormat.PDF)) {
            ReportFont.of(settings.reportFont()).baseFont(); // a bad font setting is told now, not as a failed job
        }
        PlansInForce plans = config.plans(settings);
        if (finalReport) {
            return finalReport(settings, plans, wanted);
        }
        if (year == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--year を指定してください（例: --year R6）。計画期間全体の最終評価は --final です");
        }
        StrategyPlan plan = config.choosePlan(plans, Optional.of(year));
        if (PlanYears.refused(PlanYears.outsidePeriod(plan, year), spec.commandLine().getErr())) {
            return ExitCodes.INVALID_INPUT;
        }
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(settings.home());
        if (lock.isEmpty()) {
            throw new IllegalStateException("別の senryaku（serve や import）がこのデータフォルダ（" + settings.home()
                    + "）でジョブを実行中です。終わってからもう一度実行してください");
        }
        try (DataFolderLock held = lock.get(); SenryakuRuntime runtime = RuntimeOptions.start(config, settings, plans, plan)) {
            Path folder = out != null ? out : AnnualReports.defaultFolder(settings.reports(), plan.code(), year);
            AnnualReports.Result result;
            try (ProgressLine progress = ProgressLine.ofReport(stdout, wanted.size())) {
                result = AnnualReports.run(runtime.operator(), runtime.context().notices(), year, wanted, folder,
                        begun -> progress.making(begun.format().label(), begun.done()));
            }
            if (result.manifest().isEmpty()) {
                spec.commandLine().getErr().println("失敗  " + year.label() + "の報告書を作成できませんでした（ジョブ " + result.executionId() + " が"
                        + result.status() + "。詳細は " + settings.home().resolve("logs") + " のログ）");
                return ExitCodes.USAGE_OR_SYSTEM;
            }
            print(stdout, result.folder(), result.manifest().get());
            return ExitCodes.OK;
        }
    }

    /** The final report: refused (exit 1) while years of the period have no reports, unless --allow-missing. */
    @SuppressWarnings("try")
    private Integer finalReport(Settings settings, PlansInForce plans, Set<ReportFormat> wanted) throws Exception {
        if (year != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--final は計画期間全体の報告書です。--year とは一緒に使えません");
        }
        StrategyPlan plan = config.choosePlan(plans, Optional.empty());
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(settings.home());
        if (lock.isEmpty()) {
            throw new IllegalStateException("別の senryaku（serve や import）がこのデータフォルダ（" + settings.home()
                    + "）でジョブを実行中です。終わってからもう一度実行してください");
        }
        try (DataFolderLock held = lock.get(); SenryakuRuntime runtime = RuntimeOptions.start(config, settings, plans, plan)) {
            Set<FiscalYear> reported = FinalSnapshotReader.reportedYears(runtime.context(), plan);
            List<FiscalYear> missing = plan.period().years().stream().filter(y -> !reported.contains(y)).toList();
            if (!missing.isEmpty() && !allowMissing) {
                spec.commandLine().getErr().println("senryaku: " + plan.code() + " の最終評価を作成できません: "
                        + missing.stream().map(FiscalYear::eraLabel).collect(java.util.stream.Collectors.joining("、"))
                        + "の報告が1件もありません。取り込んでから実行するか、--allow-missing で未提出として作成してください");
                return ExitCodes.INVALID_INPUT;
            }
            Path folder = out != null ? out : FinalReports.defaultFolder(settings.reports(), plan.code());
            AnnualReports.Result result = FinalReports.run(runtime.operator(), plan.code(), wanted, folder);
            if (result.manifest().isEmpty()) {
                spec.commandLine().getErr().println("失敗  " + plan.code() + " の最終評価を作成できませんでした（ジョブ "
                        + result.executionId() + " が" + result.status() + "。詳細は " + settings.home().resolve("logs")
                        + " のログ）");
                return ExitCodes.USAGE_OR_SYSTEM;
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("作成しました  " + plan.title() + "（" + plan.code() + "）の最終評価（" + plan.period().from().eraLabel()
                    + "～" + plan.period().to().eraLabel() + "）" + (result.manifest().get().sample() ? "（サンプルデータ）" : "")
                    + (missing.isEmpty() ? "" : "、未提出の年度あり"));
            result.manifest().get().files().forEach(file -> stdout.println("    " + result.folder().resolve(file)));
            stdout.println("    データ指紋（SHA-256） " + result.manifest().get().sha256());
            result.manifest().get().warnings().forEach(warning -> stdout.println("    警告: " + warning));
            return ExitCodes.OK;
        }
    }

    static void print(PrintWriter out, Path folder, Manifest manifest) {
        out.println("作成しました  " + manifest.year().label() + "の進捗状況報告書" + (manifest.sample() ? "（サンプルデータ）" : ""));
        manifest.files().forEach(file -> out.println("    " + folder.resolve(file)));
        out.println("    データ指紋（SHA-256） " + manifest.sha256());
        manifest.warnings().forEach(warning -> out.println("    警告: " + warning));
    }
}
