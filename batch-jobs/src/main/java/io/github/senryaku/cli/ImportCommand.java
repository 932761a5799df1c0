package io.github.senryaku.cli;

import io.github.senryaku.batch.councilimport.CouncilImports;
import io.github.senryaku.batch.financeimport.FinanceImports;
import io.github.senryaku.batch.importing.ImportListener;
import io.github.senryaku.batch.importing.ImportResult;
import io.github.senryaku.batch.importing.WaitingFiles;

import io.github.senryaku.batch.departmentimport.DepartmentImports;
import io.github.senryaku.batch.importing.ImportRecovery;
import io.github.senryaku.batch.runtime.BatchRuntimeBootstrap;
import io.github.senryaku.batch.runtime.DataFolderLock;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code senryaku import [FILE|DIR]...}: imports the workbooks in one run of the import job, one line per file as each ends. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Imports department workbooks (担当課の報告) into the store (--finance: the finance office's,",
                "--council: the review council's opinions): each lands whole (取込済),",
                "is already there (取込済(重複)), or is sent back with its error report (差戻し).",
                "Exit: 0 all landed or already there, 1 any sent back, 2 usage or system error."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--finance", description = "The files are the finance office's budget workbooks (事業別予算決算): run the finance-import job.")
    boolean finance;

    @Option(names = "--council", description = "The files are the review council's opinions with the planning office's responses (推進会議意見): run the council-import job.")
    boolean council;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Workbooks, or folders of them (default: the inbox). Files in the inbox are moved; others are copied.")
    List<Path> paths = new ArrayList<>();

    @Override
    @SuppressWarnings("try") // the lock is held for the try block's duration, not used in it
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (finance && paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--finance には財政課のファイル（またはフォルダ）を指定してください（受付箱は担当課の報告用です）");
        }
        if (council && paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--council には推進会議意見のファイル（またはフォルダ）を指定してください（受付箱は担当課の報告用です）");
        }
        if (finance && council) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--finance と --council は同時に指定できません");
        }
        // CDI starts on another thread while the settings and plans are read and the store is opened.
        BatchRuntimeBootstrap.startCdiAhead();
        Settings settings = config.settings(senryaku.environment());
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(settings.home());
        if (lock.isEmpty()) {
            throw new IllegalStateException("別の senryaku（serve や import）がこのデータフォルダ（" + settings.home()
                    + "）でジョブを実行中です。終わってからもう一度実行してください");
        }
        // --plan CODE: a workbook without its plan-code cell is taken as that plan's (one naming its plan keeps it).
        PlansInForce plans = config.plans(settings);
        StrategyPlan chosen = config.choosePlan(plans, Optional.empty());
        if (config.plan != null && !Settings.isPlanFile(config.plan)) {
            plans = plans.only(chosen);
        }
        try (DataFolderLock held = lock.get(); SenryakuRuntime runtime = RuntimeOptions.start(config, settings, plans, chosen)) {
            ImportRecovery.Report recovered = ImportRecovery.run(runtime.operator(), runtime.context());
            if (!recovered.interrupted().isEmpty()) {
                out.println("前回中断したジョブ " + recovered.interrupted() + " を異常終了として記録しました（同じファイルは続きから取り込みます）");
            }
            recovered.filed().forEach(name -> out.println("前回の取込が終わったあと中断した " + name + " を保管フォルダへ移しました"));
            if (recovered.abandoned() > 0) {
                out.println("中断したまま元のファイルがなくなった取込 " + recovered.abandoned() + " 件の途中データを削除しました");
            }
            List<Path> files = files(paths.isEmpty() ? List.of(runtime.context().settings().inbox()) : paths);
            if (files.isEmpty()) {
                out.println("取り込むファイルはありません（" + (paths.isEmpty() ? runtime.context().settings().inbox() : paths) + "）");
                return ExitCodes.OK;
            }
            int[] exit = {ExitCodes.OK};
            try (ProgressLine progress = ProgressLine.of(out, files.size())) {
                ImportListener listener = new ImportListener() {
                    @Override
                    public void ended(ImportResult result) {
                        progress.fileEnded(() -> exit[0] = Math.max(exit[0], print(runtime, result, out)));
                    }

                    @Override
                    public void rowsStaged(long rows) {
                        progress.rowsStaged(rows);
                    }
                };
                if (finance) {
                    FinanceImports.run(runtime.operator(), runtime.context(), files, listener);
                } else if (council) {
                    CouncilImports.run(runtime.operator(), runtime.context(), files, listener);
                } else {
                    DepartmentImports.run(runtime.operator(), runtime.context(), files, new java.util.Properties(), listener);
                }
            }
            return exit[0];
        }
    }

    /** One line (and its first problems) for a file that ended; returns the exit code it calls for. */
    private int print(SenryakuRuntime runtime, ImportResult result, PrintWriter out) {
        String name = result.fileName();
        String resumed = result.restarted() ? "（中断した取込を再開）" : "";
        switch (result.kind()) {
            case FAILED -> {
                ImportResult.Failure failure = result.failure().orElseThrow();
                out.println("失敗        " + name + resumed + "（" + failure.cause() + "。ファイルは残し、次の取込でもう一度試します（"
                        + failure.attempts() + "/" + ImportResult.ATTEMPTS + " 回目）。詳細は "
                        + runtime.context().settings().home().resolve("logs") + " のログ）");
                return ExitCodes.USAGE_OR_SYSTEM;
            }
            case SET_ASIDE -> {
                ImportResult.Failure failure = result.failure().orElseThrow();
                out.println("保留        " + name + "（" + failure.attempts() + " 回続けて取り込めませんでした: " + failure.cause()
                        + "）→ " + failure.setAsideAs().map(Path::toString).orElse("")
                        + "　原因を取り除いてから受付箱に戻してください");
                return ExitCodes.USAGE_OR_SYSTEM;
            }
            case DUPLICATE -> {
                out.println("取込済(重複) " + name + "（同じ内容のファイルを取込済みです。変更はありません）");
                return ExitCodes.OK;
            }
            case REJECTED -> {
                out.println("差戻し      " + name + resumed + "（エラー " + result.errorCount() + " 件）→ " + result.outcome()
                        .map(o -> runtime.context().settings().rejected().resolve(o.storedAs() + ".errors.xlsx").toString())
                        .orElse(""));
                printProblems(result, out);
                return ExitCodes.INVALID_INPUT;
            }
            default -> {
                out.println("取込済      " + name + resumed + result.outcome().map(o -> "（"
                        + (o.department().isEmpty() ? "担当課不明" : o.department()) + "、" + (finance
                                ? "予算・決算 " + o.budgetLines() + " 行"
                                : council ? "意見 " + o.opinions() + " 件"
                                : "実績 " + o.actuals() + " 件・取組 " + o.measures() + " 件")
                        + (o.warnings() > 0 ? "、警告 " + o.warnings() + " 件" : "") + "）"
                        + o.plan().map(plan -> " 計画 " + plan).orElse("")).orElse(""));
                printProblems(result, out);
                return ExitCodes.OK;
            }
        }
    }

    /** The first problems, one line each, and how many more the error workbook lists. */
    private static void printProblems(ImportResult result, PrintWriter out) {
        result.problems().forEach(problem -> out.println("    " + problem.describe()));
        if (result.problemsNotShown() > 0) {
            out.println("    ほか " + result.problemsNotShown() + " 件（全 " + result.problemCount()
                    + " 件。すべてはエラー一覧のブックにあります）");
        }
    }

    /** The files to import, in name order; Excel's lock files (~$…) and hidden files are left alone. */
    private static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(WaitingFiles.in(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new java.nio.file.NoSuchFileException(path + "（ファイルもフォルダもありません）");
            }
        }
        return files;
    }
}
