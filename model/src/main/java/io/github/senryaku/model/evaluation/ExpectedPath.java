package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.InterimValue;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path a target's value is expected to follow, and so its 期待値 for a year: a straight line from the
 * start to the target, or a broken line through the interim targets (中間目標). A level starts at its
 * baseline in the baseline year; a sum starts at 0 the year before the first year counted.
 */
final class ExpectedPath {

    private record Point(FiscalYear year, BigDecimal value) {
    }

    private final List<Point> points;
    private final boolean valued;

    private ExpectedPath(List<Point> points, boolean valued) {
        this.points = points;
        this.valued = valued;
    }

    /**
     * @param baseline the baseline figure in force, if any; a level without one (新規, or not yet published)
     *                 follows the straight line in years
     */
    static ExpectedPath of(NumericalTarget target, Optional<BigDecimal> baseline) {
        BigDecimal goal = target.targetQuantity().map(q -> q.value()).orElse(BigDecimal.ZERO);
        List<Point> points = new ArrayList<>();
        boolean cumulative = target.aggregation() == Aggregation.CUMULATIVE;
        Optional<BigDecimal> start = cumulative ? Optional.of(BigDecimal.ZERO) : baseline;
        FiscalYear startYear = cumulative ? target.countedFrom().plus(-1) : target.baseline().year();
        points.add(new Point(startYear, start.orElse(BigDecimal.ZERO)));
        for (InterimValue interim : target.interim()) {
            points.add(new Point(interim.year(), interim.quantity().value()));
        }
        points.add(new Point(target.target().year(), goal));
        boolean valued = start.isPresent() && !target.interim().isEmpty() && goal.compareTo(start.get()) != 0;
        return new ExpectedPath(List.copyOf(points), valued);
    }

    /** The 期待値 of the year: the share of the distance from start to target the path has covered by then. */
    ExpectedProgress progressAt(FiscalYear year) {
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        if (!valued) {
            return ExpectedProgress.at(first.year(), last.year(), year);
        }
        BigDecimal distance = last.value().subtract(first.value());
        return new ExpectedProgress(Percent.of(valueAt(year).subtract(first.value()), distance));
    }

    private BigDecimal valueAt(FiscalYear year) {
        if (!year.isAfter(points.get(0).year())) {
            return points.get(0).value();
        }
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            if (!year.isAfter(to.year())) {
                BigDecimal share = BigDecimal.valueOf(year.yearsSince(from.year()))
                        .divide(BigDecimal.valueOf(to.year().yearsSince(from.year())), Percent.CONTEXT);
                return from.value().add(to.value().subtract(from.value()).multiply(share));
            }
        }
        return points.get(points.size() - 1).value();
    }
}
