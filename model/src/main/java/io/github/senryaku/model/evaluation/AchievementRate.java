package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Achievement rate (達成率). For a target with a baseline, (actual − baseline) / (target − baseline) × 100;
 * the same formula serves DECREASE targets: 2,000 → 1,800 with 1,900 reported is 50.0. Targets without a
 * baseline, every-year targets, sums and ceilings have their own formulas below; none divides by zero.
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

    /**
     * Against the target alone, for a target without a baseline (新規), an every-year target and a sum:
     * INCREASE actual ÷ target × 100; DECREASE target ÷ actual × 100, and 100 once the actual is at or under
     * the target (so a target of 0 is met by 0 and missed by anything above it, without dividing by zero).
     */
    public static AchievementRate againstTarget(BigDecimal target, BigDecimal actual, Direction direction) {
        if (direction == Direction.DECREASE) {
            if (actual.compareTo(target) <= 0) {
                return new AchievementRate(Percent.HUNDRED);
            }
            return new AchievementRate(target.signum() <= 0 ? BigDecimal.ZERO : Percent.of(target, actual));
        }
        if (target.signum() == 0) {
            return new AchievementRate(actual.signum() >= 0 ? Percent.HUNDRED : BigDecimal.ZERO);
        }
        return new AchievementRate(Percent.of(actual, target));
    }

    /**
     * A ceiling on a running sum (累計 X 以下) for a year whose pro-rata allowance is {@code target × 期待値 ÷ 100}:
     * the 期待値 itself while the sum stays within the allowance (on track), scaled down by allowance ÷ sum
     * while it is over the allowance but not the ceiling (behind), and 0 once the sum passes the ceiling.
     */
    public static AchievementRate ceiling(BigDecimal target, BigDecimal sum, ExpectedProgress expected) {
        if (sum.compareTo(target) > 0) {
            return new AchievementRate(BigDecimal.ZERO);
        }
        BigDecimal allowance = allowance(target, expected);
        if (sum.compareTo(allowance) <= 0) {
            return new AchievementRate(expected.percent());
        }
        return new AchievementRate(expected.percent().multiply(allowance).divide(sum, 10, RoundingMode.HALF_UP)
                .stripTrailingZeros());
    }

    /** The part of a ceiling a running sum may have used by a year: target × 期待値 ÷ 100. */
    public static BigDecimal allowance(BigDecimal target, ExpectedProgress expected) {
        return target.multiply(expected.percent()).divide(Percent.HUNDRED, Percent.CONTEXT);
    }

    /** Rounded for the JSON contract and tables: 2 decimals. */
    public BigDecimal rounded() {
        return percent.setScale(2, RoundingMode.HALF_UP);
    }

    public String format() {
        return Percent.format(percent);
    }
}
