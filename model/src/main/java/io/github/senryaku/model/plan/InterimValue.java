package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Objects;

/**
 * An interim target (中間目標): the expected path runs through it, and its year is graded against it. For a
 * cumulative target the value is the running sum expected by then.
 */
public record InterimValue(FiscalYear year, Quantity quantity) {

    public InterimValue {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(quantity, "quantity");
    }
}
