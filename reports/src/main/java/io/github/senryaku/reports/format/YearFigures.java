package io.github.senryaku.reports.format;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.snapshot.ReportSnapshot;

/**
 * A target's cells year by year in the annual report's tables (PDF and HTML): the year's own figure, and for a sum
 * or a mean the value graded that year.
 */
public final class YearFigures {

    private YearFigures() {
    }

    /** The figure of a year; the baseline year of a pending baseline shows the figure that confirmed it, if any. */
    public static String figure(ReportSnapshot snapshot, NumericalTarget target, FiscalYear year) {
        if (year.equals(target.baseline().year()) && snapshot.actual(target, year).isEmpty()) {
            return Figures.baseline(target).replaceAll("（[^（]*）$", "") + "（基準）";
        }
        return ShapeTexts.yearFigure(target, year, snapshot.actual(target, year));
    }

    /** The running sum or mean a year was graded on; empty before counting starts, {@code －} when it cannot be made. */
    public static String aggregate(ReportSnapshot snapshot, NumericalTarget target, FiscalYear year) {
        if (year.isBefore(target.countedFrom())) {
            return "";
        }
        return snapshot.evaluationIn(target, year).measured().map(m -> ShapeTexts.measuredValue(target, m))
                .orElse(ShapeTexts.NONE);
    }

    /** The year's projection as the facts print it: {@code 1.41（令和8年度）達成困難}, or {@code －}. */
    public static String projection(ReportSnapshot snapshot, NumericalTarget target) {
        return snapshot.evaluation(target).projection()
                .map(p -> Figures.projected(target, p.value()) + "（" + target.periodKind().eraLabel(p.year()) + "）"
                        + p.verdict())
                .orElse(ShapeTexts.NONE);
    }

    /** A year as a chart's axis labels it: {@code R6}, {@code H30}. */
    public static String tick(FiscalYear year) {
        String era = year.eraYear();
        return era.startsWith("令和") ? "R" + era.substring(2) : era.startsWith("平成") ? "H" + era.substring(2) : era;
    }
}
