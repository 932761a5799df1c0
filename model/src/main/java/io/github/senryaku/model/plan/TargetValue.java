package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Objects;

/** What a numerical target aims at (目標値) and by when: a figure or, for a milestone, a state. */
public sealed interface TargetValue {

    FiscalYear year();

    /** {@code 1,121万人(R6)}. */
    record Figure(FiscalYear year, Quantity quantity) implements TargetValue {
        public Figure {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** {@code 整備(R6)}. */
    record State(FiscalYear year, String state) implements TargetValue {
        public State {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(state, "state");
        }
    }
}
