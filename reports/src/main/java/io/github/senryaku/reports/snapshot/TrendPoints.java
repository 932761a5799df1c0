package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.evaluation.Measured;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a target's trend chart plots for each year, the same in the PDF and the workbook: the figures
 * against the path to the target. The choice per shape, kept simple:
 * <ul>
 *   <li>a sum (累計) plots the running sum from 0 the year before counting starts, against a straight path
 *       from that 0 to the target — the yearly figures alone would never approach a target that is a total;</li>
 *   <li>an every-year target plots the yearly figures against the value, flat from the first year graded;</li>
 *   <li>a trend target (増加) plots the figures alone: it has no value to draw a path to;</li>
 *   <li>a new indicator (新規) draws its path from 0 where its expected progress starts, as its 達成率
 *       (figure ÷ target) reads it; a mean (平均), a survey and a maintain target plot their yearly
 *       figures against the straight path from the baseline, as a level does.</li>
 * </ul>
 * Paths are straight: an interim target (中間目標) is printed in the tables, not drawn as a bend.
 */
public final class TrendPoints {

    private TrendPoints() {
    }

    public static boolean cumulative(NumericalTarget target) {
        return target.aggregation() == Aggregation.CUMULATIVE;
    }

    /** The years a chart spans: from the first year a figure is shown to the target year. */
    public static List<FiscalYear> years(NumericalTarget target) {
        List<FiscalYear> years = new ArrayList<>();
        FiscalYear first = ReportSnapshot.firstYearShown(target);
        if (cumulative(target) && target.countedFrom().plus(-1).isBefore(first)) {
            first = target.countedFrom().plus(-1);
        }
        for (FiscalYear year = first; !year.isAfter(target.target().year()); year = year.plus(1)) {
            years.add(year);
        }
        return years;
    }

    /**
     * The years a chart spans for a source: a continued target's chart starts at the first year the earlier plan
     * has a figure for it, then as {@link #years(NumericalTarget)}.
     */
    public static List<FiscalYear> years(TrendSource snapshot, NumericalTarget target) {
        List<FiscalYear> own = years(target);
        FiscalYear first = own.get(0);
        for (FiscalYear year = first.plus(-EARLIER_YEARS); year.isBefore(own.get(0)); year = year.plus(1)) {
            if (snapshot.earlierPlanActual(target, year).isPresent()) {
                first = year;
                break;
            }
        }
        List<FiscalYear> years = new ArrayList<>();
        for (FiscalYear year = first; year.isBefore(own.get(0)); year = year.plus(1)) {
            years.add(year);
        }
        years.addAll(own);
        return years;
    }

    /** How far back a continued target's chart looks into the earlier plan: a plan's usual span. */
    private static final int EARLIER_YEARS = 5;

    /** The figure plotted for a year: the year's own, the baseline in its year, or the running sum. */
    public static Optional<BigDecimal> actual(TrendSource snapshot, NumericalTarget target, FiscalYear year) {
        if (year.isAfter(snapshot.year())) {
            return Optional.empty();
        }
        Optional<Reported> earlier = snapshot.earlierPlanActual(target, year);
        if (earlier.isPresent()) {
            return earlier.filter(Reported.Figure.class::isInstance).map(r -> ((Reported.Figure) r).quantity().value());
        }
        if (cumulative(target)) {
            if (year.isBefore(target.countedFrom())) {
                return year.equals(target.countedFrom().plus(-1)) ? Optional.of(BigDecimal.ZERO) : Optional.empty();
            }
            return snapshot.evaluationIn(target, year).measured().map(Measured::value);
        }
        Optional<BigDecimal> reported = snapshot.actual(target, year).filter(Reported.Figure.class::isInstance)
                .map(r -> ((Reported.Figure) r).quantity().value());
        if (reported.isEmpty() && year.equals(target.baseline().year())) {
            return snapshot.evaluation(target).baseline();
        }
        return reported;
    }

    /**
     * The path's value for a year; none where the target draws no path (a trend), before the path starts,
     * and, for a baseline not yet confirmed, everywhere but the target year.
     *
     * @param baseline the baseline figure in force (the evaluation's)
     */
    public static Optional<BigDecimal> path(NumericalTarget target, Optional<BigDecimal> baseline, FiscalYear year) {
        TargetValue value = target.target();
        if (value instanceof TargetValue.EachYear each) {
            return year.isBefore(target.countedFrom()) ? Optional.empty() : Optional.of(each.quantity().value());
        }
        if (!(value instanceof TargetValue.Figure figure)) {
            return Optional.empty();
        }
        BigDecimal goal = figure.quantity().value();
        FiscalYear origin;
        BigDecimal start;
        if (cumulative(target)) {
            origin = target.countedFrom().plus(-1);
            start = BigDecimal.ZERO;
        } else if (baseline.isPresent()) {
            origin = target.baseline().year();
            start = baseline.get();
        } else if (target.baseline() instanceof Baseline.None && target.direction() == Direction.INCREASE) {
            origin = target.baseline().year();
            start = BigDecimal.ZERO;
        } else {
            return year.equals(value.year()) ? Optional.of(goal) : Optional.empty();
        }
        if (year.isBefore(origin)) {
            return Optional.empty();
        }
        BigDecimal elapsed = BigDecimal.valueOf(year.yearsSince(origin));
        return Optional.of(start.add(goal.subtract(start).multiply(elapsed)
                .divide(BigDecimal.valueOf(value.year().yearsSince(origin)), MathContext.DECIMAL64)));
    }

    /** The name of the figures' series: {@code 実績値}, or {@code 累計（実績）} for a sum. */
    public static String actualName(NumericalTarget target) {
        return cumulative(target) ? "累計（実績）" : "実績値";
    }

    /** The name of the path's series: the renderer's own for a level, else what the path is for this shape. */
    public static String pathName(NumericalTarget target, String levelName) {
        if (target.target() instanceof TargetValue.EachYear) {
            return "毎年度の目標";
        }
        return cumulative(target) ? "目標への道筋（累計）" : levelName;
    }
}
