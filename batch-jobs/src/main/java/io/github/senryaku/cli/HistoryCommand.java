package io.github.senryaku.cli;

import io.github.senryaku.batch.store.Store;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.PlanLibrary;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code senryaku history CODE}: every value a target or measure had, with file, department and time. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows the history (履歴) of a numerical target (T1-1) or a measure (M1-1-1): every value, its file, department and time.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "CODE", description = "T3-1, M2-3-1… (full-width and any dash are fine).")
    String code;

    /** What the plan's revisions changed about the code, and from when. */
    private static void revisions(PrintWriter out, StrategyPlan plan, PlanCode code) {
        for (var revision : plan.revisions()) {
            for (var change : revision.changesTo(code)) {
                out.println("改訂 " + revision.title() + "（" + revision.effective().label() + "から）: " + change.describe());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Optional<PlanCode> parsed = PlanCode.parse(code).filter(c -> c instanceof TargetCode || c instanceof MeasureCode);
        if (parsed.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "「" + code + "」は指標コード（T1-1）でも取組コード（M1-1-1）でもありません");
        }
        Settings settings = config.settings(senryaku.environment());
        try (ConfigOptions.PlansAndStore read = config.plansAndStore(settings)) {
            PlansInForce plans = read.plans();
            StrategyPlan plan = config.choosePlan(plans, Optional.empty());
            Optional<Store> store = read.store();
            revisions(out, plan, parsed.get());
            if (parsed.get() instanceof TargetCode target) {
                for (PlanLibrary.PlanTarget earlier : plans.library().lineage(plan, target)) {
                    if (earlier.plan().code().equals(plan.code())) {
                        continue;
                    }
                    var records = ConfigOptions.read(store, c -> StoredActuals.actualHistory(c, earlier.plan().code(),
                            earlier.target().code()));
                    out.println("前計画 " + earlier.plan().code() + " " + earlier.target().code() + " "
                            + earlier.target().name() + "（" + records.size() + " 件）");
                    records.stream().filter(record -> record.supersededAt().isEmpty()).forEach(record -> out.println("  "
                            + record.year().eraLabel() + "  " + Describe.reported(record.reported()) + "  現在値"));
                }
                var records = ConfigOptions.read(store, c -> StoredActuals.actualHistory(c, plan.code(), parsed.get()));
                out.println(parsed.get().text() + " の履歴（" + plan.code() + "、" + records.size() + " 件）");
                for (var record : records) {
                    out.println("  " + record.year().eraLabel() + "  " + Describe.reported(record.reported())
                            + "  " + (record.supersededAt().isEmpty() ? "現在値" : "置換済 " + TIME.format(record.supersededAt().get()))
                            + "  取込 " + TIME.format(record.recordedAt()) + "  " + record.department() + "  " + record.file()
                            + " " + record.sheet() + "!" + record.cell());
                }
            } else {
                var records = ConfigOptions.read(store, c -> StoredActuals.measureHistory(c, plan.code(), parsed.get()));
                out.println(parsed.get().text() + " の履歴（" + plan.code() + "、" + records.size() + " 件）");
                for (var record : records) {
                    out.println("  " + record.year().eraLabel() + "  " + record.status()
                            + "  " + (record.supersededAt().isEmpty() ? "現在値" : "置換済 " + TIME.format(record.supersededAt().get()))
                            + "  取込 " + TIME.format(record.recordedAt()) + "  " + record.department() + "  " + record.file());
                }
            }
            return ExitCodes.OK;
        }
    }
}
