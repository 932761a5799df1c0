package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Objects;

/**
 * What a target aims at (目標値) and by when: a figure, a figure to meet every year, a direction without a
 * figure, or, for a milestone, a state. Each may carry the plan's footnote.
 */
public sealed interface TargetValue {

    /** The target year; for an every-year target, the last year it is graded. */
    FiscalYear year();

    /** The plan's footnote on the target; empty when there is none. */
    String note();

    /** {@code 1,121万人(R6)}. */
    record Figure(FiscalYear year, Quantity quantity, String note) implements TargetValue {
        public Figure {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(quantity, "quantity");
            note = note == null ? "" : note.strip();
        }

        public Figure(FiscalYear year, Quantity quantity) {
            this(year, quantity, "");
        }
    }

    /** {@code 毎年度 100件}: every year is graded on its own figure against the value, with no trajectory. */
    record EachYear(FiscalYear year, Quantity quantity, String note) implements TargetValue {
        public EachYear {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(quantity, "quantity");
            note = note == null ? "" : note.strip();
        }
    }

    /** {@code 増加}, {@code 向上}: no figure; met when the figure has moved past the baseline in the target's direction. */
    record Trend(FiscalYear year, String note) implements TargetValue {
        public Trend {
            Objects.requireNonNull(year, "year");
            note = note == null ? "" : note.strip();
        }
    }

    /** {@code 整備(R6)}. */
    record State(FiscalYear year, String state, String note) implements TargetValue {
        public State {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(state, "state");
            note = note == null ? "" : note.strip();
        }

        public State(FiscalYear year, String state) {
            this(year, state, "");
        }
    }
}
