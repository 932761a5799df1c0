package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Objects;

/**
 * A target's starting point (基準値): a figure, a figure not yet published, a state, none at all for an
 * indicator new with the plan (新規), or a figure inherited from an earlier plan's actual. Each may carry the
 * plan's footnote ({@code 2015～2019年の累計}).
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

    /**
     * {@code kanazawa-2nd/T3-1 (R6)}: the actual another plan (usually the one this plan succeeds) has for
     * that target and year. Like a pending baseline it is unknown until that actual exists, and the
     * evaluation grades N until then rather than guess; the store hands the figure in with the actuals.
     *
     * @param year the year of the earlier plan's actual, and the origin of the expected path
     * @param plan the code of the plan the figure comes from ({@code kanazawa-2nd})
     * @param code the target in that plan whose actual it is
     */
    record Inherited(FiscalYear year, String plan, TargetCode code, String note) implements Baseline {
        public Inherited {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(code, "code");
            if (plan.isBlank()) {
                throw new IllegalArgumentException("an inherited baseline names the plan it comes from");
            }
            note = note == null ? "" : note.strip();
        }

        /** {@code kanazawa-2nd/T3-1}, as the plan file writes it. */
        public String source() {
            return plan + "/" + code.text();
        }
    }
}
