package io.github.senryaku.reports.csv;

import io.github.senryaku.model.evaluation.Measured;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.IndicatorKind;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open data (オープンデータ) {@code kpi.csv}: one row per indicator (全体目標, 数値目標, KPI; a reprint is not
 * repeated) and year, following the 総務省
 * rules for machine-readable tables — UTF-8 with BOM (Excel opens it without mojibake), one header row,
 * no merged or padded cells, Gregorian year beside the 和暦 label, numbers without separators, the unit in
 * its own column, text cells neutralised against formula injection ({@link CsvWriter}). Columns:
 * docs/formats.md.
 */
public final class KpiCsv {

    public static final String FILE_NAME = "kpi.csv";

    /** The columns; those of the new target shapes come last, so a reader that counts columns keeps working. */
    static final List<String> HEADER = List.of("指標コード", "指標名", "基本目標番号", "基本目標", "単位", "年度", "年度（和暦）",
            "実績値", "実績の状態", "概数", "基準値", "基準年度", "目標値", "目標年度", "期待値（%）", "達成率（%）", "評価", "評価の名称",
            "データ区分", "データ指紋（SHA-256）", "区分", "施策コード", "集計値", "集計", "計画コード", "前計画コード",
            "前計画の指標コード");
    /** 実績の状態 of a year the indicator is not surveyed in: nothing is due, so it is not 未提出. */
    static final String NOT_SURVEYED = "調査年外";

    /** 区分: short words a filter can match, not the kinds' long names. */
    static final Map<IndicatorKind, String> KINDS = Map.of(IndicatorKind.OVERALL, "全体目標",
            IndicatorKind.NUMERICAL, "数値目標", IndicatorKind.KPI, "KPI");

    private KpiCsv() {
    }

    public static void write(ReportSnapshot snapshot, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.start(new OutputStreamWriter(out, StandardCharsets.UTF_8), HEADER);
        String kind = dataKind(snapshot.sample());
        String hash = snapshot.sha256();
        // Every indicator once, in print order: plan-wide targets, then per goal its 数値目標 and its KPIs (a
        // reprint has the original's figures, so it has no rows of its own).
        for (NumericalTarget target : snapshot.plan().targets().toList()) {
            Optional<BasicGoal> goal = snapshot.plan().goals().stream()
                    .filter(g -> target.code().goalCode().equals(Optional.of(g.code()))).findFirst();
            for (FiscalYear year : snapshot.yearsOf(target)) {
                csv.row(line(snapshot, goal, target, year, kind, hash));
            }
        }
        csv.flush();
    }

    private static List<CsvCell> line(ReportSnapshot snapshot, Optional<BasicGoal> goal, NumericalTarget target,
            FiscalYear year, String kind, String hash) {
        Optional<Reported> actual = snapshot.actual(target, year);
        boolean baselineYear = year.equals(target.baseline().year());
        boolean graded = !baselineYear;
        Optional<TargetEvaluation> evaluation = graded ? Optional.of(snapshot.evaluationIn(target, year)) : Optional.empty();
        List<CsvCell> cells = new ArrayList<>();
        cells.add(CsvCell.text(target.code().text()));
        cells.add(CsvCell.text(target.name()));
        cells.add(goal.map(g -> CsvCell.number(g.number())).orElse(CsvCell.EMPTY));
        cells.add(CsvCell.text(goal.map(BasicGoal::title).orElse("")));
        cells.add(CsvCell.text(target.unit().symbol()));
        cells.add(CsvCell.number(year.gregorianYear()));
        cells.add(CsvCell.text(target.periodKind().eraLabel(year)));
        Optional<Reported> inherited = baselineYear ? snapshot.actuals().inheritedBaseline(target.code()) : Optional.empty();
        if (actual.isEmpty() && inherited.isPresent() && inherited.get() instanceof Reported.Figure figure) {
            // A baseline taken from the predecessor's actual: that figure, once it is in.
            cells.add(CsvCell.number(Figures.printed(target, figure.quantity()).value()));
            cells.add(CsvCell.text("基準値"));
            cells.add(approximate(figure.quantity().approximate()));
        } else if (actual.isEmpty() && baselineYear) {
            // The baseline year's figure is the plan's baseline unless a department reported one.
            Baseline baseline = target.baseline();
            cells.add(baseline instanceof Baseline.Figure f ? CsvCell.number(f.quantity().value()) : CsvCell.EMPTY);
            cells.add(CsvCell.text(baseline instanceof Baseline.Figure ? "基準値" : baseline instanceof Baseline.State st
                    ? st.state() : "未公表"));
            cells.add(baseline instanceof Baseline.Figure f ? approximate(f.quantity().approximate()) : CsvCell.EMPTY);
        } else if (actual.isEmpty() && !target.isDue(year)) {
            cells.add(CsvCell.EMPTY);
            cells.add(CsvCell.text(NOT_SURVEYED));
            cells.add(CsvCell.EMPTY);
        } else {
            Optional<Reported.Figure> figure = actual.filter(Reported.Figure.class::isInstance).map(Reported.Figure.class::cast);
            // With the decimals the plan writes the target with (66 for a target of 66.0 is 66.0), or more.
            cells.add(figure.map(f -> CsvCell.number(Figures.printed(target, f.quantity()).value())).orElse(CsvCell.EMPTY));
            cells.add(CsvCell.text(actual.map(KpiCsv::state).orElse("未提出")));
            cells.add(figure.map(f -> approximate(f.quantity().approximate())).orElse(CsvCell.EMPTY));
        }
        cells.add(baseline(snapshot.actuals(), target));
        // A new indicator's baseline year is only where its expected path starts: not a year to publish.
        cells.add(target.baseline() instanceof Baseline.None ? CsvCell.EMPTY
                : CsvCell.number(target.baseline().year().gregorianYear()));
        cells.add(goal(target));
        cells.add(CsvCell.number(target.target().year().gregorianYear()));
        cells.add(evaluation.flatMap(TargetEvaluation::expected).map(e -> CsvCell.number(e.rounded())).orElse(CsvCell.EMPTY));
        cells.add(evaluation.flatMap(TargetEvaluation::rate).map(r -> CsvCell.number(r.rounded())).orElse(CsvCell.EMPTY));
        cells.add(evaluation.map(e -> CsvCell.text(e.grade().grade().code())).orElse(CsvCell.EMPTY));
        cells.add(evaluation.map(e -> CsvCell.text(e.grade().grade().label())).orElse(CsvCell.EMPTY));
        cells.add(CsvCell.text(kind));
        cells.add(CsvCell.text(hash));
        cells.add(CsvCell.text(KINDS.get(target.kind())));
        cells.add(CsvCell.text(target.code().policyCode().map(PolicyCode::text).orElse("")));
        Optional<Measured> measured = evaluation.flatMap(TargetEvaluation::measured).filter(m -> !m.label().isEmpty());
        cells.add(measured.map(m -> CsvCell.number(ShapeTexts.measuredFigure(target, m))).orElse(CsvCell.EMPTY));
        cells.add(CsvCell.text(measured.map(Measured::label).orElse("")));
        // Several plans can share a code (T1-1 of two plans are two indicators): the plan says whose row it is,
        // and a continued indicator names the one it carries on, so that a series can be joined across plans.
        cells.add(CsvCell.text(snapshot.plan().code()));
        boolean continued = target.continues().isPresent() && snapshot.plan().succeeds().isPresent();
        cells.add(CsvCell.text(continued ? snapshot.plan().succeeds().get() : ""));
        cells.add(CsvCell.text(continued ? target.continues().get().text() : ""));
        return cells;
    }

    /** 目標値: the figure (also of an every-year target), a trend's word (増加), or a milestone's state. */
    static CsvCell goal(NumericalTarget target) {
        TargetValue value = target.target();
        if (value instanceof TargetValue.Figure figure) {
            return CsvCell.number(figure.quantity().value());
        }
        if (value instanceof TargetValue.EachYear each) {
            return CsvCell.number(each.quantity().value());
        }
        if (value instanceof TargetValue.Trend) {
            return CsvCell.text(ShapeTexts.trendWord(target));
        }
        return CsvCell.text(((TargetValue.State) value).state());
    }

    /** データ区分: {@code 実績}, or the sample mark on every row of sample data. */
    static String dataKind(boolean sample) {
        return sample ? "サンプルデータ（実際の数値ではありません）" : "実績";
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

    /** 基準値: the figure, 新規, a milestone's state, or an inherited baseline's figure once stored (未確定 before). */
    static CsvCell baseline(PlanActuals actuals, NumericalTarget target) {
        Baseline baseline = target.baseline();
        if (baseline instanceof Baseline.Figure figure) {
            return CsvCell.number(figure.quantity().value());
        }
        if (baseline instanceof Baseline.Inherited) {
            // The predecessor's actual once it is in; until then 未確定, never a guess.
            Optional<Reported> inherited = actuals.inheritedBaseline(target.code());
            if (inherited.isPresent() && inherited.get() instanceof Reported.Figure figure) {
                return CsvCell.number(figure.quantity().value());
            }
            return CsvCell.text("未確定");
        }
        if (baseline instanceof Baseline.None) {
            return CsvCell.text("新規");
        }
        return CsvCell.text(baseline instanceof Baseline.State state ? state.state() : "未公表");
    }
}
