package io.github.senryaku.cli;

import io.github.senryaku.batch.annualreport.AnnualReports;
import io.github.senryaku.batch.annualreport.Manifest;
import io.github.senryaku.batch.annualreport.ReportFormat;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code senryaku report --year R6 [--format pdf,xlsx,csv] [--out DIR]}: runs the annual report job. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Renders the annual progress report (進捗状況報告書) of a fiscal year from the store:",
                "PDF/A (A4), Excel workbook and open-data kpi.csv. Default folder: <home>/reports/<year>, e.g. reports/R6."})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Fiscal year, within the plan's period: R6, 令和6年度, 2024…")
    FiscalYear year;

    @Option(names = "--format", paramLabel = "pdf,xlsx,csv", defaultValue = "pdf,xlsx,csv",
            description = "Formats, comma-separated (default: ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: <home>/reports/<year>).")
    Path out;

    @Override
    @SuppressWarnings("try") // the lock is held for the try block's duration, not used in it
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Settings settings = config.settings(senryaku.environment());
        Set<ReportFormat> wanted = ReportFormat.parse(formats);
        if (wanted.contains(ReportFormat.PDF)) {
            ReportFont.of(settings.reportFont()).baseFont(); // a bad font setting is told now, not as a failed job
        }
        PlansInForce plans = config.plans(settings);
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
            AnnualReports.Result result = AnnualReports.run(runtime.operator(), year, wanted, folder);
            if (result.manifest().isEmpty()) {
                spec.commandLine().getErr().println("失敗  " + year.label() + "の報告書を作成できませんでした（ジョブ " + result.executionId() + " が"
                        + result.status() + "。詳細は " + settings.home().resolve("logs") + " のログ）");
                return ExitCodes.USAGE_OR_SYSTEM;
            }
            print(stdout, result.folder(), result.manifest().get());
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
