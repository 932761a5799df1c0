package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Objects;

/** A numerical target's starting point (基準値): a figure, a figure not yet published, or a state. */
public sealed interface Baseline {

    FiscalYear year();

    /** {@code 1,045万人(H30)}. */
    record Figure(FiscalYear year, Quantity quantity) implements Baseline {
        public Figure {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** {@code 3月公表予定(H30)}: the year is known, the figure is not yet published. */
    record Pending(FiscalYear year, String note) implements Baseline {
        public Pending {
            Objects.requireNonNull(year, "year");
            note = note == null ? "" : note.strip();
        }
    }

    /** {@code 未整備(H30)}: a milestone target's starting state. */
    record State(FiscalYear year, String state) implements Baseline {
        public State {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(state, "state");
        }
    }
}
