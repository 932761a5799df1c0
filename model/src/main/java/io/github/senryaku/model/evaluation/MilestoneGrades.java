package io.github.senryaku.model.evaluation;

import java.util.Objects;

/** How a rulebook grades a milestone target (未整備 → 整備中 → 整備) by the state reported. */
public record MilestoneGrades(Grade reached, Grade intermediate, Grade baseline) {

    public MilestoneGrades {
        Objects.requireNonNull(reached, "reached");
        Objects.requireNonNull(intermediate, "intermediate");
        Objects.requireNonNull(baseline, "baseline");
    }
}
