package io.github.senryaku.model.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Percentages kept exact enough to grade on, rounded only for display. */
final class Percent {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final MathContext CONTEXT = MathContext.DECIMAL64;

    private Percent() {
    }

    /** {@code part / whole × 100}, to 10 decimals. */
    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 10, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** {@code 50.0%}. */
    static String format(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
