package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.TrendPoints;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * 推移グラフ: per target (plan-wide targets, 数値目標 and KPIs, each once), its figures year by year beside a
 * native line chart of the actuals against the straight path from baseline to target. A milestone charts
 * its stage (0 = the first state) instead; a sum its running total, an every-year target its value, a trend
 * its figures alone ({@link TrendPoints}).
 */
final class TrendSheet {

    static final String NAME = "推移グラフ";
    static final int ACTUAL_RGB = 0x1D4E89;
    static final int PATH_RGB = 0x9AA5B1;
    /** Rows a chart spans; a block is at least this tall so charts never overlap. */
    private static final int CHART_ROWS = 16;

    private TrendSheet() {
    }

    static void write(ReportSnapshot snapshot, XSSFSheet sheet, WorkbookStyles styles) {
        SheetWriter out = new SheetWriter(sheet, styles, 16, 12, 14);
        AnnualReportWorkbook.titleRows(out, snapshot, NAME);
        snapshot.plan().targets().forEach(target -> block(out, snapshot, sheet, target));
        out.finish();
    }

    private static void block(SheetWriter out, ReportSnapshot snapshot, XSSFSheet sheet, NumericalTarget target) {
        WorkbookStyles styles = out.styles;
        int top = out.nextRow();
        String unit = target.unit().isNone() ? "" : "（" + target.unit() + "）";
        out.row().overflowing(0, target.code().text() + " " + target.name() + unit, styles.title);
        TargetEvaluation evaluation = snapshot.evaluation(target);
        Optional<BigDecimal> baseline = evaluation.baseline();
        // A sum, an every-year target, a trend and a new indicator plot what TrendPoints says; a level as before.
        boolean shaped = !(target.target() instanceof TargetValue.Figure || target.isMilestone())
                || TrendPoints.cumulative(target) || target.baseline() instanceof Baseline.None;
        boolean hasPath = !target.isMilestone()
                && TrendPoints.years(target).stream().anyMatch(year -> TrendPoints.path(target, baseline, year).isPresent());
        String actualName = target.isMilestone() ? "段階" : TrendPoints.actualName(target);
        String pathName = TrendPoints.pathName(target, "目標への道筋");
        out.row();
        out.text(0, target.periodKind().japanese(), styles.header);
        out.text(1, actualName, styles.header);
        if (hasPath) {
            out.text(2, pathName, styles.header);
        }
        int first = out.nextRow();
        // A continued target's rows start with the earlier plan's figures; its path starts where this plan's does.
        FiscalYear from = TrendPoints.years(snapshot, target).get(0);
        FiscalYear pathFrom = TrendPoints.years(target).get(0);
        FiscalYear to = target.target().year();
        for (FiscalYear year = from; !year.isAfter(to); year = year.plus(1)) {
            out.row().text(0, target.periodKind().eraLabel(year), styles.text);
            Optional<Reported> reported = year.isAfter(snapshot.year()) ? Optional.empty() : snapshot.actual(target, year);
            if (target.isMilestone()) {
                Integer stage = reported.filter(Reported.State.class::isInstance)
                        .map(r -> target.stateIndex(((Reported.State) r).state())).filter(i -> i >= 0)
                        .orElse(year.equals(pathFrom) ? 0 : null);
                out.number(1, stage == null ? null : BigDecimal.valueOf(stage), styles.number("0"));
            } else if (shaped) {
                CellStyle format = styles.number(WorkbookStyles.formatFor(target.precision() + 1));
                out.number(1, TrendPoints.actual(snapshot, target, year).orElse(null), format);
                if (hasPath) {
                    out.number(2, TrendPoints.path(target, baseline, year).orElse(null), format);
                }
            } else {
                FiscalYear shown = year;
                BigDecimal actual = reported.or(() -> snapshot.earlierPlanActual(target, shown))
                        .filter(Reported.Figure.class::isInstance).map(r -> ((Reported.Figure) r).quantity().value())
                        .orElse(year.equals(pathFrom) ? baseline.orElse(null) : null);
                String format = WorkbookStyles.formatFor(Figures.scale(target) + 1);
                // A figure with more decimals than the column shows them all: nothing reported is shown rounded.
                out.number(1, actual, styles.number(actual == null || actual.scale() <= Figures.scale(target) + 1 ? format
                        : WorkbookStyles.formatFor(actual.scale())));
                BigDecimal goal = ((TargetValue.Figure) target.target()).quantity().value();
                BigDecimal elapsed = BigDecimal.valueOf(year.yearsSince(pathFrom));
                BigDecimal span = BigDecimal.valueOf(to.yearsSince(pathFrom));
                BigDecimal path = year.isBefore(pathFrom) ? null : baseline.map(b -> b.add(goal.subtract(b).multiply(elapsed)
                        .divide(span, MathContext.DECIMAL64))).orElse(year.equals(to) ? goal : null);
                out.number(2, path, styles.number(format));
            }
        }
        int last = out.nextRow() - 1;
        if (target.isMilestone()) {
            out.row().overflowing(0, "段階: " + stagesLegend(target), styles.note);
        }
        CellRangeAddress years = new CellRangeAddress(first, last, 0, 0);
        int[] anchor = {4, top, 13, top + CHART_ROWS};
        if (target.isMilestone()) {
            NativeCharts.line(sheet, target.code().text() + " " + target.name() + "（段階）", anchor, years,
                    new NativeCharts.Series("段階", new CellRangeAddress(first, last, 1, 1), ACTUAL_RGB, false));
        } else {
            NativeCharts.Series actual = new NativeCharts.Series(actualName, new CellRangeAddress(first, last, 1, 1),
                    ACTUAL_RGB, false);
            NativeCharts.Series path = new NativeCharts.Series(pathName, new CellRangeAddress(first, last, 2, 2), PATH_RGB,
                    true);
            NativeCharts.line(sheet, target.code().text() + " " + target.name() + unit, anchor, years,
                    hasPath ? new NativeCharts.Series[] {actual, path} : new NativeCharts.Series[] {actual});
        }
        int used = out.nextRow() - top;
        out.skip(Math.max(CHART_ROWS - used, 0) + 2);
    }

    private static String stagesLegend(NumericalTarget target) {
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < target.states().size(); i++) {
            legend.append(i == 0 ? "" : "、").append(i).append("＝").append(target.states().get(i));
        }
        return legend.toString();
    }
}
