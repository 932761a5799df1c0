package io.github.senryaku.cli;

import io.github.senryaku.batch.annualreport.AnnualReports;
import io.github.senryaku.batch.annualreport.ReportFormat;
import io.github.senryaku.batch.annualreport.SnapshotReader;
import io.github.senryaku.batch.imports.DepartmentImports;
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
import java.util.EnumSet;
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
 * The README's first command: a fresh demo data folder, department workbooks for every plan year written
 * from the plan (サンプルデータ), one flawed workbook among them, all imported through the real job, and the
 * last year's reports rendered. It never touches the data folder of the settings or SENRYAKU_HOME: the
 * demo's folder is {@code --home} or {@code ./demo-data}, and it is wiped only if a demo made it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Makes a fresh demo data folder (--home, default ./demo-data) with sample department workbooks",
                "(サンプルデータ, not official figures), imports them through the real job (one is flawed and sent back),",
                "and renders the last plan year's reports (PDF, Excel, CSV)."})
final class DemoCommand implements Callable<Integer> {

    static final Path DEFAULT_HOME = Path.of("demo-data");

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path home = (config.home != null ? config.home : DEFAULT_HOME).toAbsolutePath().normalize();
        Settings settings = demoSettings(home);
        PlansInForce plans = config.plans(settings);
        StrategyPlan plan = config.choosePlan(plans, Optional.empty());
        GradingRulebook rulebook = config.loadRulebook(settings);
        out.println("計画 " + plan.title() + "（" + PlanCounts.of(plan) + "）、評価基準 " + rulebook.name());
        fresh(home);
        List<FiscalYear> years = plan.period().years();
        List<Path> workbooks = DemoWorkbooks.write(plan, years, settings.inbox());
        out.println("サンプルの報告ファイル " + workbooks.size() + " 件を作成しました（" + years.get(0).eraLabel() + "〜"
                + years.get(years.size() - 1).eraLabel() + "、うち 1 件は記入誤りあり）→ " + settings.inbox());
        try (SenryakuRuntime runtime = SenryakuRuntime.start(settings, plans, plan, rulebook)) {
            int landed = 0;
            for (Path workbook : workbooks) {
                DepartmentImports.Result result = DepartmentImports.run(runtime.operator(), runtime.context(), workbook);
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
            AnnualReports.Result report = AnnualReports.run(runtime.operator(), last, EnumSet.allOf(ReportFormat.class),
                    AnnualReports.defaultFolder(settings.reports(), plan.code(), last));
            if (report.manifest().isEmpty()) {
                out.println("失敗    報告書を作成できませんでした（詳細は " + home.resolve("logs") + " のログ）");
                return ExitCodes.USAGE_OR_SYSTEM;
            }
            ReportCommand.print(out, report.folder(), report.manifest().get());
        }
        out.println("デモのデータフォルダ: " + home + "（もう一度 demo を実行すると作り直します）");
        out.println("次に試すこと: ./senryaku status --year " + years.get(years.size() - 1).shortCode() + " --home " + home);
        return ExitCodes.OK;
    }

    /** The settings, but with the demo's own data folder and embedded database, whatever the environment says. */
    private Settings demoSettings(Path home) throws io.github.senryaku.model.planfile.InvalidFileException {
        Map<String, String> environment = new HashMap<>(senryaku.environment());
        Stream.of("SENRYAKU_HOME", "SENRYAKU_INBOX", "SENRYAKU_JDBC_URL", "SENRYAKU_JDBC_USER", "SENRYAKU_JDBC_PASSWORD")
                .forEach(environment::remove);
        Settings settings = Settings.load(Optional.ofNullable(config.configDir), Optional.of(home), environment);
        if (config.plan != null && Settings.isPlanFile(config.plan)) {
            settings = settings.withPlan(config.plan);
        }
        if (config.rulebook != null) {
            settings = settings.withRulebook(config.rulebook);
        }
        return settings.withDemoFolders();
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
