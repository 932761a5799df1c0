package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.PeriodKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A numerical target (数値目標) of a basic goal.
 *
 * <p>Invariants: the baseline year is before the target year; a MILESTONE target has its states in order
 * from the baseline state to the target state, and its baseline and target are states; other targets
 * have a figure as target and no states.
 *
 * @param name      the indicator as written (合計特殊出生率)
 * @param statement the target as the plan words it when that says more than the name
 *                  (市外へ就職する学生数を1割減); empty otherwise
 * @param states    a milestone's states in order (未整備, 整備中, 整備); empty for figures
 */
public record NumericalTarget(
        TargetCode code,
        String name,
        String statement,
        Unit unit,
        Direction direction,
        PeriodKind periodKind,
        Baseline baseline,
        TargetValue target,
        Optional<ReferenceValue> reference,
        List<String> states) {

    public NumericalTarget {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        statement = statement == null ? "" : statement;
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(periodKind, "periodKind");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reference, "reference");
        states = List.copyOf(states);
        if (!baseline.year().isBefore(target.year())) {
            throw new IllegalArgumentException(code + ": baseline year must be before target year");
        }
        boolean milestone = direction == Direction.MILESTONE;
        if (milestone != target instanceof TargetValue.State || milestone == states.isEmpty()) {
            throw new IllegalArgumentException(code + ": a milestone, and only a milestone, has states");
        }
        if (baseline instanceof Baseline.State s && !states.contains(s.state())
                || target instanceof TargetValue.State t && !states.contains(t.state())) {
            throw new IllegalArgumentException(code + ": baseline and target states must be among " + states);
        }
    }

    public boolean isMilestone() {
        return direction == Direction.MILESTONE;
    }

    /** The index of a state in this milestone's order, or -1 when it is not one of its states. */
    public int stateIndex(String state) {
        return states.indexOf(state);
    }
}
