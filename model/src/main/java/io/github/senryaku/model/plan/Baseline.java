package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Objects;

/**
 * A target's starting point (基準値): a figure, a figure not yet published, a state, or none at all for an
 * indicator new with the plan (新規). Each may carry the plan's footnote ({@code 2015～2019年の累計}).
 */
public sealed interface Baseline {

    /** The year the expected path starts from (期待値 0 %). */
    FiscalYear year();

    /** The plan's footnote on the baseline; empty when there is none. */
    String note();

    /** {@code 1,045万人(H30)}. */
    record Figure(FiscalYear year, Quantity quantity, String note) implements Baseline {
        public Figure {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(quantity, "quantity");
            note = note == null ? "" : note.strip();
        }

        public Figure(FiscalYear year, Quantity quantity) {
            this(year, quantity, "");
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
    record State(FiscalYear year, String state, String note) implements Baseline {
        public State {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(state, "state");
            note = note == null ? "" : note.strip();
        }

        public State(FiscalYear year, String state) {
            this(year, state, "");
        }
    }

    /**
     * {@code －（新規）}: an indicator the plan starts, with no figure to start from. Its achievement is
     * measured against the target alone, and its expected path starts before the plan's first year.
     *
     * @param year the year before the plan's first year: the origin of the expected path, never printed
     */
    record None(FiscalYear year, String note) implements Baseline {
        public None {
            Objects.requireNonNull(year, "year");
            note = note == null ? "" : note.strip();
        }
    }
}
