package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Achievement outlook (達成見込み): the value the least-squares trend of the known figures reaches in the
 * target year, and whether that meets the target.
 */
public record Projection(FiscalYear year, BigDecimal value, boolean meetsTarget) {

    public Projection {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(value, "value");
    }

    /**
     * None with fewer than two figures: one point has no trend.
     *
     * @param figures known figures by year (the baseline among them when it is known)
     */
    public static Optional<Projection> of(SortedMap<FiscalYear, BigDecimal> figures, FiscalYear targetYear,
            BigDecimal target, Direction direction) {
        if (figures.size() < 2) {
            return Optional.empty();
        }
        BigDecimal n = BigDecimal.valueOf(figures.size());
        BigDecimal meanX = figures.keySet().stream().map(y -> BigDecimal.valueOf(y.gregorianYear()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, Percent.CONTEXT);
        BigDecimal meanY = figures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, Percent.CONTEXT);
        BigDecimal covariance = BigDecimal.ZERO;
        BigDecimal variance = BigDecimal.ZERO;
        for (Map.Entry<FiscalYear, BigDecimal> point : figures.entrySet()) {
            BigDecimal dx = BigDecimal.valueOf(point.getKey().gregorianYear()).subtract(meanX);
            covariance = covariance.add(dx.multiply(point.getValue().subtract(meanY)));
            variance = variance.add(dx.multiply(dx));
        }
        BigDecimal slope = covariance.divide(variance, Percent.CONTEXT);
        BigDecimal projected = meanY.add(slope.multiply(BigDecimal.valueOf(targetYear.gregorianYear()).subtract(meanX)))
                .setScale(4, RoundingMode.HALF_UP);
        boolean meets = direction == Direction.DECREASE
                ? projected.compareTo(target) <= 0
                : projected.compareTo(target) >= 0;
        return Optional.of(new Projection(targetYear, projected, meets));
    }

    /**
     * A running sum's outlook: the yearly pace so far (sum ÷ years counted) kept up to the target year.
     *
     * @param totalYears the years from the first year counted to the target year
     */
    public static Projection ofPace(BigDecimal sum, int yearsCounted, int totalYears, FiscalYear targetYear,
            BigDecimal target, Direction direction) {
        BigDecimal projected = sum.multiply(BigDecimal.valueOf(totalYears))
                .divide(BigDecimal.valueOf(yearsCounted), 4, RoundingMode.HALF_UP);
        boolean meets = direction == Direction.DECREASE
                ? projected.compareTo(target) <= 0
                : projected.compareTo(target) >= 0;
        return new Projection(targetYear, projected, meets);
    }

    /** {@code 見込みあり} or {@code 見込みなし}. */
    public String verdict() {
        return meetsTarget ? "達成見込み" : "未達成見込み";
    }
}
