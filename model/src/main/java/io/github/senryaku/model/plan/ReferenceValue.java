package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Objects;

/** A figure the plan prints for context only (参考: 1.50 (H29)); never graded. */
public record ReferenceValue(FiscalYear year, Quantity quantity, String note) {

    public ReferenceValue {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(quantity, "quantity");
        note = note == null ? "" : note.strip();
    }

    public ReferenceValue(FiscalYear year, Quantity quantity) {
        this(year, quantity, "");
    }
}
