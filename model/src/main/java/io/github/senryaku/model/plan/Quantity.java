package io.github.senryaku.model.plan;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A figure as the plan or a department writes it. {@code 約2,000} is the value 2000 marked approximate;
 * the scale is kept, so {@code 1.50} prints as written.
 */
public record Quantity(BigDecimal value, boolean approximate) {

    public Quantity {
        Objects.requireNonNull(value, "value");
    }

    public static Quantity exact(String value) {
        return new Quantity(new BigDecimal(value), false);
    }

    public static Quantity about(String value) {
        return new Quantity(new BigDecimal(value), true);
    }

    /** {@code 約2,000}, {@code 1.50}, {@code 1,045}: thousands separated, decimals as written. */
    public String format() {
        int scale = Math.max(0, value.scale());
        return (approximate ? "約" : "") + String.format(Locale.ROOT, "%,." + scale + "f", value);
    }

    @Override
    public String toString() {
        return format();
    }
}
