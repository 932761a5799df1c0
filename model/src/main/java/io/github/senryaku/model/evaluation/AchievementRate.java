package io.github.senryaku.model.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Achievement rate (達成率) = (actual − baseline) / (target − baseline) × 100. The same formula serves
 * DECREASE targets: 2,000 → 1,800 with 1,900 reported is 50.0.
 */
public record AchievementRate(BigDecimal percent) {

    public AchievementRate {
        Objects.requireNonNull(percent, "percent");
    }

    /** None when target and baseline are equal: there is no distance to cover. */
    public static Optional<AchievementRate> between(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
        BigDecimal distance = target.subtract(baseline);
        if (distance.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new AchievementRate(Percent.of(actual.subtract(baseline), distance)));
    }

    /** Rounded for the JSON contract and tables: 2 decimals. */
    public BigDecimal rounded() {
        return percent.setScale(2, RoundingMode.HALF_UP);
    }

    public String format() {
        return Percent.format(percent);
    }
}
