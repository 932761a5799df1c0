package io.github.senryaku.model.plan;

import java.util.Objects;

/** The unit a figure is counted in ({@code 人}, {@code 万人}, {@code 事業}, {@code %}); a rate has none. */
public record Unit(String symbol) {

    public static final Unit NONE = new Unit("");

    public Unit {
        Objects.requireNonNull(symbol, "symbol");
        symbol = symbol.strip();
    }

    public boolean isNone() {
        return symbol.isEmpty();
    }

    /** {@code 約2,000人}. */
    public String format(Quantity quantity) {
        return quantity.format() + symbol;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
