package io.github.senryaku.cli;

import io.github.senryaku.batch.importing.ImportResult;

import io.github.senryaku.batch.annualreport.AnnualReports;
import io.github.senryaku.batch.finalreport.FinalReports;
import io.github.senryaku.batch.annualreport.ReportFormat;
import io.github.senryaku.batch.annualreport.SnapshotReader;
import io.github.senryaku.batch.departmentimport.DepartmentImports;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.demo.DemoWorkbooks;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The README's first command: a fresh demo data folder with Kanazawa's plan and sample revisions (改訂) and the
 * sample successor plan in force, department workbooks for every year of Kanazawa's plan and the successor's first
 * year written from the plans (サンプルデータ), one flawed workbook among them, all imported through the real job;
 * then Kanazawa's last annual report, its final report (最終評価) and the successor's first annual report. It never touches the data folder of the settings or SENRYAKU_HOME: the
 * demo's folder is {@code --home} or {@code ./demo-data}, and it is wiped only if a demo made it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Makes a fresh demo data folder (--home, default ./demo-data) with Kanazawa's plan plus sample",
                "revisions and a sample successor plan (R7-R11), sample department workbooks for both (サンプルデータ,",
                "not official figures), imports them through the real job (one is flawed and sent back), and renders",
                "Kanazawa's R6 report, its final report (最終評価) and the successor's R7 report (PDF, Excel, CSV)."})
final class DemoCommand implements Callable<Integer> {

    static final Path DEFAULT_HOME = Path.of("demo-data");

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    /** The plans the demo runs: Kanazawa's with its sample revisions, and the sample successor. */
    static final String PLAN = "kanazawa-2nd";
    static final String SUCCESSOR = "sample-successor";

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path home = (config.home != null ? config.home : DEFAULT_HOME).toAbsolutePath().normalize();
        Settings original = Settings.load(Optional.ofNullable(config.configDir), Optional.of(home), senryaku.environment());
        fresh(home);
        Settings settings = demoSettings(home, original);
        PlansInForce plans = config.plans(settings);
        StrategyPlan plan = plans.plan(PLAN).orElseThrow();
        StrategyPlan successor = plans.plan(SUCCESSOR).orElseThrow();
        GradingRulebook rulebook = config.loadRulebook(settings);
        out.println("計画 " + plan.title() + "（" + PlanCounts.of(plan) + "、サンプルの改訂 " + plan.revisions().size()
                + " 件を加えた写し）、評価基準 " + rulebook.name());
        out.println("後継計画 " + successor.title() + "（" + successor.code() + "、サンプル）");
        List<FiscalYear> years = plan.period().years();
        FiscalYear successorYear = successor.period().from();
        List<Path> workbooks = new ArrayList<>(DemoWorkbooks.write(plan, years, settings.inbox()));
        workbooks.addAll(DemoWorkbooks.writeWithoutMistakes(successor, List.of(successorYear), settings.inbox()));
        out.println("サンプルの報告ファイル " + workbooks.size() + " 件を作成しました（" + years.get(0).eraLabel() + "〜"
                + successorYear.eraLabel() + "、うち 1 件は記入誤りあり）→ " + settings.inbox());
        try (SenryakuRuntime runtime = SenryakuRuntime.start(settings, plans, plan, rulebook)) {
            int landed = 0;
            for (ImportResult result : DepartmentImports.run(runtime.operator(), runtime.context(), workbooks,
                    new java.util.Properties(), ended -> { })) {
                switch (result.kind()) {
                    case LANDED -> landed++;
                    case REJECTED -> {
                        out.println("差戻し  " + result.fileName() + "（エラー " + result.errorCount() + " 件）→ " + result.outcome().map(o -> settings.rejected()
                                .resolve(o.storedAs() + ".errors.xlsx").toString()).orElse(""));
                        result.problems().forEach(problem -> out.println("    " + problem.describe()));
                    }
                    default -> {
                        out.println("想定外  " + result.fileName() + " は " + result.kind() + "（詳細は " + home.resolve("logs")
                                + " のログ）");
                        return ExitCodes.USAGE_OR_SYSTEM;
                    }
                }
            }
            out.println("取込済  " + landed + " 件 → " + settings.archive());
            FiscalYear last = years.get(years.size() - 1);
            List<AnnualReports.Result> reports = List.of(
                    AnnualReports.run(runtime.operator(), plan.code(), last, ReportFormat.ANNUAL,
                            AnnualReports.defaultFolder(settings.reports(), plan.code(), last)),
                    FinalReports.run(runtime.operator(), plan.code(), ReportFormat.FINAL,
                            FinalReports.defaultFolder(settings.reports(), plan.code())),
                    AnnualReports.run(runtime.operator(), successor.code(), successorYear, ReportFormat.ANNUAL,
                            AnnualReports.defaultFolder(settings.reports(), successor.code(), successorYear)));
            List<String> titles = List.of(plan.code() + " " + last.label() + "の進捗状況報告書",
                    plan.code() + " の最終評価（" + years.get(0).eraLabel() + "～" + last.eraLabel() + "）",
                    successor.code() + " " + successorYear.label() + "の進捗状況報告書");
            for (int i = 0; i < reports.size(); i++) {
                AnnualReports.Result report = reports.get(i);
                if (report.manifest().isEmpty()) {
                    out.println("失敗    " + titles.get(i) + "を作成できませんでした（詳細は " + home.resolve("logs") + " のログ）");
                    return ExitCodes.USAGE_OR_SYSTEM;
                }
                out.println("作成しました  " + titles.get(i) + "（サンプルデータ）");
                report.manifest().get().files().forEach(file -> out.println("    " + report.folder().resolve(file)));
            }
        }
        out.println("デモのデータフォルダ: " + home + "（もう一度 demo を実行すると作り直します）");
        out.println("次に試すこと: ./senryaku status --year " + successorYear.shortCode() + " --home " + home
                + " --config " + settings.configDir());
        return ExitCodes.OK;
    }

    /**
     * The demo's own config folder, inside its data folder: Kanazawa's plan with the sample revisions
     * ({@code config/samples/kanazawa-2nd-revisions.yaml}) appended, the sample successor, and the settings'
     * rulebook. The demo's data folder and embedded database, whatever the environment says.
     */
    private Settings demoSettings(Path home, Settings original) throws IOException,
            io.github.senryaku.model.planfile.InvalidFileException {
        Path source = original.configDir();
        Path demoConfig = Files.createDirectories(home.resolve("config"));
        Path plans = Files.createDirectories(demoConfig.resolve("plans"));
        Files.writeString(plans.resolve(PLAN + ".yaml"), "# サンプル — " + PLAN + ".yaml に架空の改訂（サンプル）を加えた、デモ用の写しです。\n"
                + Files.readString(source.resolve("plans").resolve(PLAN + ".yaml"), StandardCharsets.UTF_8) + "\n"
                + Files.readString(source.resolve("samples/kanazawa-2nd-revisions.yaml"), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        Files.copy(source.resolve("plans").resolve(SUCCESSOR + ".yaml"), plans.resolve(SUCCESSOR + ".yaml"));
        // The rulebook in force, so that later commands given --config of the demo grade as the demo did.
        Path rulebook = config.rulebook != null ? config.rulebook : original.rulebook();
        Path rulebooks = Files.createDirectories(demoConfig.resolve("rulebooks"));
        Files.copy(rulebook, rulebooks.resolve(rulebook.getFileName()));
        Files.writeString(demoConfig.resolve(Settings.FILE_NAME), "# senryaku demo の設定（サンプル）\nplans: [" + PLAN + ", "
                + SUCCESSOR + "]\nrulebook: rulebooks/" + rulebook.getFileName() + "\n", StandardCharsets.UTF_8);
        Map<String, String> environment = new HashMap<>(senryaku.environment());
        Stream.of("SENRYAKU_HOME", "SENRYAKU_INBOX", "SENRYAKU_JDBC_URL", "SENRYAKU_JDBC_USER", "SENRYAKU_JDBC_PASSWORD",
                "SENRYAKU_PLAN", "SENRYAKU_PLANS").forEach(environment::remove);
        environment.remove("SENRYAKU_RULEBOOK");
        return Settings.load(Optional.of(demoConfig), Optional.of(home), environment).withDemoFolders();
    }

    /** Empties the demo folder — only one a demo made (it holds the sample marker) or an empty one. */
    private static void fresh(Path home) throws IOException {
        if (Files.isDirectory(home)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(home)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(home.resolve(SnapshotReader.SAMPLE_MARKER))) {
                throw new IllegalStateException(home + " はデモが作ったフォルダではないため、消さずに中止しました。"
                        + "空のフォルダか、存在しないフォルダを --home で指定してください");
            }
            try (Stream<Path> walk = Files.walk(home)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!path.equals(home)) {
                        Files.delete(path);
                    }
                }
            }
        }
        Files.createDirectories(home);
        Files.writeString(home.resolve(SnapshotReader.SAMPLE_MARKER), "このデータフォルダは senryaku demo が作成したサンプルデータです。\n"
                + "実際の数値ではありません。ここから作成した報告書には「サンプルデータ」と表示されます。\n"
                + "This data folder was made by `senryaku demo`: sample data, not official figures.\n", StandardCharsets.UTF_8);
    }
}
