package io.github.senryaku.reports.csv;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Open data (オープンデータ) {@code kpi.csv}: one row per numerical target and year, following the 総務省
 * rules for machine-readable tables — UTF-8 with BOM (Excel opens it without mojibake), one header row,
 * no merged or padded cells, Gregorian year beside the 和暦 label, numbers without separators, the unit in
 * its own column, text cells neutralised against formula injection ({@link CsvWriter}). Columns:
 * docs/formats.md.
 */
public final class KpiCsv {

    public static final String FILE_NAME = "kpi.csv";

    static final List<String> HEADER = List.of("指標コード", "指標名", "基本目標番号", "基本目標", "単位", "年度", "年度（和暦）",
            "実績値", "実績の状態", "概数", "基準値", "基準年度", "目標値", "目標年度", "期待値（%）", "達成率（%）", "評価", "評価の名称",
            "データ区分", "データ指紋（SHA-256）");

    private KpiCsv() {
    }

    public static void write(ReportSnapshot snapshot, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.start(new OutputStreamWriter(out, StandardCharsets.UTF_8), HEADER);
        String kind = snapshot.sample() ? "サンプルデータ（実際の数値ではありません）" : "実績";
        String hash = snapshot.sha256();
        for (BasicGoal goal : snapshot.plan().goals()) {
            for (NumericalTarget target : goal.targets()) {
                for (FiscalYear year : snapshot.yearsOf(target)) {
                    csv.row(line(snapshot, goal, target, year, kind, hash));
                }
            }
        }
        csv.flush();
    }

    private static List<CsvCell> line(ReportSnapshot snapshot, BasicGoal goal, NumericalTarget target, FiscalYear year,
            String kind, String hash) {
        Optional<Reported> actual = snapshot.actual(target, year);
        boolean baselineYear = year.equals(target.baseline().year());
        boolean graded = !baselineYear;
        Optional<TargetEvaluation> evaluation = graded ? Optional.of(snapshot.evaluationIn(target, year)) : Optional.empty();
        List<CsvCell> cells = new ArrayList<>();
        cells.add(CsvCell.text(target.code().text()));
        cells.add(CsvCell.text(target.name()));
        cells.add(CsvCell.number(goal.number()));
        cells.add(CsvCell.text(goal.title()));
        cells.add(CsvCell.text(target.unit().symbol()));
        cells.add(CsvCell.number(year.gregorianYear()));
        cells.add(CsvCell.text(target.periodKind().eraLabel(year)));
        if (actual.isEmpty() && baselineYear) {
            // The baseline year's figure is the plan's baseline unless a department reported one.
            Baseline baseline = target.baseline();
            cells.add(baseline instanceof Baseline.Figure f ? CsvCell.number(f.quantity().value()) : CsvCell.EMPTY);
            cells.add(CsvCell.text(baseline instanceof Baseline.Figure ? "基準値" : baseline instanceof Baseline.State st
                    ? st.state() : "未公表"));
            cells.add(baseline instanceof Baseline.Figure f ? approximate(f.quantity().approximate()) : CsvCell.EMPTY);
        } else {
            Optional<Reported.Figure> figure = actual.filter(Reported.Figure.class::isInstance).map(Reported.Figure.class::cast);
            // With the decimals the plan writes the target with (66 for a target of 66.0 is 66.0), or more.
            cells.add(figure.map(f -> CsvCell.number(Figures.printed(target, f.quantity()).value())).orElse(CsvCell.EMPTY));
            cells.add(CsvCell.text(actual.map(KpiCsv::state).orElse("未提出")));
            cells.add(figure.map(f -> approximate(f.quantity().approximate())).orElse(CsvCell.EMPTY));
        }
        cells.add(baseline(target));
        cells.add(CsvCell.number(target.baseline().year().gregorianYear()));
        cells.add(target.target() instanceof TargetValue.Figure figure ? CsvCell.number(figure.quantity().value())
                : CsvCell.text(((TargetValue.State) target.target()).state()));
        cells.add(CsvCell.number(target.target().year().gregorianYear()));
        cells.add(evaluation.flatMap(TargetEvaluation::expected).map(e -> CsvCell.number(e.rounded())).orElse(CsvCell.EMPTY));
        cells.add(evaluation.flatMap(TargetEvaluation::rate).map(r -> CsvCell.number(r.rounded())).orElse(CsvCell.EMPTY));
        cells.add(evaluation.map(e -> CsvCell.text(e.grade().grade().code())).orElse(CsvCell.EMPTY));
        cells.add(evaluation.map(e -> CsvCell.text(e.grade().grade().label())).orElse(CsvCell.EMPTY));
        cells.add(CsvCell.text(kind));
        cells.add(CsvCell.text(hash));
        return cells;
    }

    private static CsvCell approximate(boolean approximate) {
        return CsvCell.number(approximate ? 1 : 0);
    }

    /** Empty for a figure; the state of a milestone; 未公表 for a figure not yet published. */
    private static String state(Reported reported) {
        if (reported instanceof Reported.State state) {
            return state.state();
        }
        return reported instanceof Reported.Unpublished ? "未公表" : "";
    }

    private static CsvCell baseline(NumericalTarget target) {
        Baseline baseline = target.baseline();
        if (baseline instanceof Baseline.Figure figure) {
            return CsvCell.number(figure.quantity().value());
        }
        return CsvCell.text(baseline instanceof Baseline.State state ? state.state() : "未公表");
    }
}
