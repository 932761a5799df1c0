package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Quantity;
import java.util.Objects;

/** What a department reported for a target and year. */
public sealed interface Reported {

    /** A figure: {@code 1,121万人}, {@code 約1,900人}. */
    record Figure(Quantity quantity) implements Reported {
        public Figure {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** A milestone's state: {@code 整備中}. */
    record State(String state) implements Reported {
        public State {
            Objects.requireNonNull(state, "state");
        }
    }

    /** Reported as not yet published ({@code 集計中}, {@code 未公表}, {@code 未確定}): graded N, not an error. */
    record Unpublished(String label) implements Reported {
        public Unpublished {
            Objects.requireNonNull(label, "label");
        }
    }
}
