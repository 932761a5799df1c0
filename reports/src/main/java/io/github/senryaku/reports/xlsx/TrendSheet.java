package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * 推移グラフ: per target, its figures year by year beside a native line chart of the actuals against the
 * straight path from baseline to target. A milestone charts its stage (0 = the first state) instead.
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
        out.row();
        out.text(0, target.periodKind().japanese(), styles.header);
        out.text(1, target.isMilestone() ? "段階" : "実績値", styles.header);
        if (!target.isMilestone()) {
            out.text(2, "目標への道筋", styles.header);
        }
        int first = out.nextRow();
        TargetEvaluation evaluation = snapshot.evaluation(target);
        Optional<BigDecimal> baseline = evaluation.baseline();
        FiscalYear from = target.baseline().year();
        FiscalYear to = target.target().year();
        for (FiscalYear year = from; !year.isAfter(to); year = year.plus(1)) {
            out.row().text(0, target.periodKind().eraLabel(year), styles.text);
            Optional<Reported> reported = year.isAfter(snapshot.year()) ? Optional.empty() : snapshot.actual(target, year);
            if (target.isMilestone()) {
                Integer stage = reported.filter(Reported.State.class::isInstance)
                        .map(r -> target.stateIndex(((Reported.State) r).state())).filter(i -> i >= 0)
                        .orElse(year.equals(from) ? 0 : null);
                out.number(1, stage == null ? null : BigDecimal.valueOf(stage), styles.number("0"));
            } else {
                BigDecimal actual = reported.filter(Reported.Figure.class::isInstance)
                        .map(r -> ((Reported.Figure) r).quantity().value())
                        .orElse(year.equals(from) ? baseline.orElse(null) : null);
                String format = WorkbookStyles.formatFor(Figures.scale(target) + 1);
                // A figure with more decimals than the column shows them all: nothing reported is shown rounded.
                out.number(1, actual, styles.number(actual == null || actual.scale() <= Figures.scale(target) + 1 ? format
                        : WorkbookStyles.formatFor(actual.scale())));
                BigDecimal goal = ((TargetValue.Figure) target.target()).quantity().value();
                BigDecimal elapsed = BigDecimal.valueOf(year.yearsSince(from));
                BigDecimal span = BigDecimal.valueOf(to.yearsSince(from));
                BigDecimal path = baseline.map(b -> b.add(goal.subtract(b).multiply(elapsed).divide(span,
                        MathContext.DECIMAL64))).orElse(year.equals(to) ? goal : null);
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
            NativeCharts.line(sheet, target.code().text() + " " + target.name() + unit, anchor, years,
                    new NativeCharts.Series("実績値", new CellRangeAddress(first, last, 1, 1), ACTUAL_RGB, false),
                    new NativeCharts.Series("目標への道筋", new CellRangeAddress(first, last, 2, 2), PATH_RGB, true));
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
