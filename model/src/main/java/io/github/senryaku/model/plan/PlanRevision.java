package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Objects;

/**
 * A revision (改訂) of a plan: changes that hold from a fiscal year on. A year before it is graded against
 * the plan as it was, so a report of that year reads the same after the revision as before.
 *
 * @param effective the first fiscal year graded against the revised plan
 * @param title     how the plan names the revision: {@code 令和4年3月改訂}
 * @param note      what the plan says about it; may be empty
 * @param changes   applied in order, so a later change may name a target an earlier one added
 */
public record PlanRevision(FiscalYear effective, String title, String note, List<RevisionChange> changes) {

    public PlanRevision {
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(title, "title");
        note = note == null ? "" : note.strip();
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException(title + ": a revision changes something");
        }
    }

    public boolean isInForceIn(FiscalYear year) {
        return !year.isBefore(effective);
    }

    /** The changes about one target or measure, in order. */
    public List<RevisionChange> changesTo(PlanCode code) {
        return changes.stream().filter(change -> change.code().equals(code)).toList();
    }

    /** The plan with every change of this revision made, in order. */
    StrategyPlan applyTo(StrategyPlan plan) {
        StrategyPlan revised = plan;
        for (RevisionChange change : changes) {
            revised = change.applyTo(revised);
        }
        return revised;
    }
}
