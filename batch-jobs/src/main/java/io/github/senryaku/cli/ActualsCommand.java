package io.github.senryaku.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.senryaku.batch.store.Store;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.batch.store.StoredActuals.ActualRecord;
import io.github.senryaku.batch.store.StoredActuals.MeasureRecord;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.csv.CsvCell;
import io.github.senryaku.reports.csv.CsvWriter;
import io.github.senryaku.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code senryaku actuals}: what the store holds now (superseded values left out). */
@Command(name = "actuals", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the current actuals (実績値) and measure reports (実施状況) in the store.",
                "JSON is a contract: see docs/formats.md."})
final class ActualsCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--year", paramLabel = "YEAR", description = "Only this fiscal year: R6, 令和6年度, 2024…")
    FiscalYear year;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = config.settings(senryaku.environment());
        try (ConfigOptions.PlansAndStore read = config.plansAndStore(settings)) {
            String plan = config.choosePlan(read.plans(), Optional.ofNullable(year)).code();
            Optional<Store> store = read.store();
            List<ActualRecord> actuals = ConfigOptions.read(store, c -> StoredActuals.currentActuals(c, plan,
                    Optional.ofNullable(year)));
            List<MeasureRecord> measures = ConfigOptions.read(store, c -> StoredActuals.currentMeasures(c, plan,
                    Optional.ofNullable(year)));
            switch (format) {
                case json -> out.println(json(actuals, measures));
                case csv -> out.print(csv(actuals));
                default -> text(out, actuals, measures);
            }
            return ExitCodes.OK;
        }
    }

    static String json(List<ActualRecord> actuals, List<MeasureRecord> measures) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode actualNodes = root.putArray("actuals");
        for (ActualRecord record : actuals) {
            ObjectNode node = actualNodes.addObject();
            node.put("code", record.code());
            node.put("year", record.year().gregorianYear());
            node.put("value", record.reported() instanceof Reported.Figure f ? f.quantity().value() : null);
            node.put("state", record.reported() instanceof Reported.State s ? s.state() : null);
            node.put("approximate", record.reported() instanceof Reported.Figure f && f.quantity().approximate());
            node.put("published", !(record.reported() instanceof Reported.Unpublished));
            node.put("department", record.department());
            node.put("file", record.file());
        }
        ArrayNode measureNodes = root.putArray("measures");
        for (MeasureRecord record : measures) {
            ObjectNode node = measureNodes.addObject();
            node.put("code", record.code());
            node.put("year", record.year().gregorianYear());
            node.put("status", record.status());
            node.put("direction", record.direction() == null || record.direction().isEmpty() ? null : record.direction());
            node.put("department", record.department());
            node.put("file", record.file());
        }
        return mapper.writeValueAsString(root);
    }

    static final List<String> CSV_HEADER = List.of("指標コード", "年度", "年度（和暦）", "実績値", "段階", "概数", "公表済", "担当課",
            "ファイル");

    /** One row per actual, through the one CSV writer (BOM, text cells neutralised against formulas). */
    static String csv(List<ActualRecord> actuals) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.start(out, CSV_HEADER);
        for (ActualRecord record : actuals) {
            Reported reported = record.reported();
            csv.row(List.of(CsvCell.text(record.code()), CsvCell.number(record.year().gregorianYear()),
                    CsvCell.text(record.year().eraLabel()),
                    reported instanceof Reported.Figure f ? CsvCell.number(f.quantity().value()) : CsvCell.EMPTY,
                    CsvCell.text(reported instanceof Reported.State s ? s.state() : ""),
                    CsvCell.number(reported instanceof Reported.Figure f && f.quantity().approximate() ? 1 : 0),
                    CsvCell.number(reported instanceof Reported.Unpublished ? 0 : 1), CsvCell.text(record.department()),
                    CsvCell.text(record.file())));
        }
        return out.toString();
    }

    private static void text(PrintWriter out, List<ActualRecord> actuals, List<MeasureRecord> measures) {
        out.println("数値目標の実績（" + actuals.size() + " 件）");
        for (ActualRecord record : actuals) {
            out.println("  " + record.code() + "  " + record.year().eraLabel() + "  " + Describe.reported(record.reported())
                    + "  （" + record.department() + "・" + record.file() + "）");
        }
        out.println("施策の実施状況（" + measures.size() + " 件）");
        for (MeasureRecord record : measures) {
            out.println("  " + record.code() + "  " + record.year().eraLabel() + "  " + record.status()
                    + (record.direction() == null || record.direction().isEmpty() ? "" : "・今後 " + record.direction())
                    + "  （" + record.department() + "・" + record.file() + "）");
        }
    }
}
