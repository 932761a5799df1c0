package io.github.senryaku.reports.csv;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Open data (オープンデータ) {@code kpi.csv}: one row per numerical target and year, following the 総務省
 * rules for machine-readable tables — UTF-8 with BOM (Excel opens it without mojibake), one header row,
 * no merged or padded cells, Gregorian year beside the 和暦 label, numbers without separators, the unit in
 * its own column. Columns: docs/formats.md.
 */
public final class KpiCsv {

    public static final String FILE_NAME = "kpi.csv";

    static final List<String> HEADER = List.of("指標コード", "指標名", "基本目標番号", "基本目標", "単位", "年度", "年度（和暦）",
            "実績値", "実績の状態", "概数", "基準値", "基準年度", "目標値", "目標年度", "期待値（%）", "達成率（%）", "評価", "評価の名称",
            "データ区分", "データ指紋（SHA-256）");

    private KpiCsv() {
    }

    public static void write(ReportSnapshot snapshot, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(row(HEADER));
        String kind = snapshot.sample() ? "サンプルデータ（実際の数値ではありません）" : "実績";
        String hash = snapshot.sha256();
        for (BasicGoal goal : snapshot.plan().goals()) {
            for (NumericalTarget target : goal.targets()) {
                for (FiscalYear year : snapshot.yearsOf(target)) {
                    writer.write(row(line(snapshot, goal, target, year, kind, hash)));
                }
            }
        }
        writer.flush();
    }

    private static List<String> line(ReportSnapshot snapshot, BasicGoal goal, NumericalTarget target, FiscalYear year,
            String kind, String hash) {
        Optional<Reported> actual = snapshot.actual(target, year);
        boolean baselineYear = year.equals(target.baseline().year());
        boolean graded = !baselineYear;
        Optional<TargetEvaluation> evaluation = graded ? Optional.of(snapshot.evaluationIn(target, year)) : Optional.empty();
        List<String> cells = new ArrayList<>();
        cells.add(target.code().text());
        cells.add(target.name());
        cells.add(String.valueOf(goal.number()));
        cells.add(goal.title());
        cells.add(target.unit().symbol());
        cells.add(String.valueOf(year.gregorianYear()));
        cells.add(target.periodKind().eraLabel(year));
        if (actual.isEmpty() && baselineYear) {
            // The baseline year's figure is the plan's baseline unless a department reported one.
            Baseline baseline = target.baseline();
            cells.add(baseline instanceof Baseline.Figure f ? f.quantity().value().toPlainString() : "");
            cells.add(baseline instanceof Baseline.Figure ? "基準値" : baseline instanceof Baseline.State st ? st.state()
                    : "未公表");
            cells.add(baseline instanceof Baseline.Figure f ? (f.quantity().approximate() ? "1" : "0") : "");
        } else {
            cells.add(actual.filter(Reported.Figure.class::isInstance)
                    .map(figure -> ((Reported.Figure) figure).quantity().value().toPlainString()).orElse(""));
            cells.add(actual.map(KpiCsv::state).orElse("未提出"));
            cells.add(actual.filter(Reported.Figure.class::isInstance)
                    .map(figure -> ((Reported.Figure) figure).quantity().approximate() ? "1" : "0").orElse(""));
        }
        cells.add(baseline(target));
        cells.add(String.valueOf(target.baseline().year().gregorianYear()));
        cells.add(target.target() instanceof TargetValue.Figure figure ? figure.quantity().value().toPlainString()
                : ((TargetValue.State) target.target()).state());
        cells.add(String.valueOf(target.target().year().gregorianYear()));
        cells.add(evaluation.flatMap(TargetEvaluation::expected).map(e -> plain(e.rounded())).orElse(""));
        cells.add(evaluation.flatMap(TargetEvaluation::rate).map(r -> plain(r.rounded())).orElse(""));
        cells.add(evaluation.map(e -> e.grade().grade().code()).orElse(""));
        cells.add(evaluation.map(e -> e.grade().grade().label()).orElse(""));
        cells.add(kind);
        cells.add(hash);
        return cells;
    }

    /** Empty for a figure; the state of a milestone; 未公表 for a figure not yet published. */
    private static String state(Reported reported) {
        if (reported instanceof Reported.State state) {
            return state.state();
        }
        return reported instanceof Reported.Unpublished ? "未公表" : "";
    }

    private static String baseline(NumericalTarget target) {
        Baseline baseline = target.baseline();
        if (baseline instanceof Baseline.Figure figure) {
            return figure.quantity().value().toPlainString();
        }
        return baseline instanceof Baseline.State state ? state.state() : "未公表";
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; lines end in CRLF. */
    static String row(List<String> cells) {
        return cells.stream().map(KpiCsv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
