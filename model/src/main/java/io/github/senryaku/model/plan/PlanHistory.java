package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a plan's revisions did over its period: each target's versions and when they took effect, what was
 * added and what retired. Read from the plan as written, the only version that still holds the original.
 */
public final class PlanHistory {

    /**
     * A target as it stood from a year on.
     *
     * @param revision the revision that made this version; none for the original
     * @param target   the target; none from the year it was retired
     */
    public record TargetVersion(FiscalYear from, Optional<PlanRevision> revision, Optional<NumericalTarget> target) {
        public TargetVersion {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(revision, "revision");
            Objects.requireNonNull(target, "target");
        }
    }

    private final StrategyPlan plan;

    PlanHistory(StrategyPlan plan) {
        if (plan.isRevised()) {
            throw new IllegalStateException(plan.code() + ": the history is read from the plan as written, not a revised version");
        }
        this.plan = plan;
    }

    /**
     * Every indicator the plan has had, each once: the original ones, then those revisions added, each as
     * first written (a later change of value or name is in {@link #versionsOf}).
     */
    public Stream<NumericalTarget> targetsEver() {
        Map<TargetCode, NumericalTarget> ever = new LinkedHashMap<>();
        plan.targets().forEach(target -> ever.put(target.code(), target));
        changes().filter(RevisionChange.TargetAdded.class::isInstance).map(c -> ((RevisionChange.TargetAdded) c).target())
                .forEach(target -> ever.putIfAbsent(target.code(), target));
        return ever.values().stream();
    }

    /**
     * Every measure the plan has had, each once: the original ones, then those revisions added, each as first
     * written (a later renaming is in the revision that made it).
     */
    public Stream<Measure> measuresEver() {
        Map<MeasureCode, Measure> ever = new LinkedHashMap<>();
        plan.measures().forEach(measure -> ever.put(measure.code(), measure));
        changes().filter(RevisionChange.MeasureAdded.class::isInstance).map(c -> ((RevisionChange.MeasureAdded) c).measure())
                .forEach(measure -> ever.putIfAbsent(measure.code(), measure));
        return ever.values().stream();
    }

    /** Whether the code is a target or measure of the plan in any version: codes are never reused. */
    public boolean knows(PlanCode code) {
        boolean original = code instanceof TargetCode target ? plan.target(target).isPresent()
                : code instanceof MeasureCode measure && plan.measure(measure).isPresent();
        return original || changes().anyMatch(change -> change.code().equals(code));
    }

    /** The revision that retired (廃止) a target or measure, if one did. */
    public Optional<PlanRevision> retirement(PlanCode code) {
        return plan.revisions().stream().filter(revision -> revision.changesTo(code).stream()
                .anyMatch(RevisionChange.Retired.class::isInstance)).findFirst();
    }

    /**
     * A target's versions in year order: the original from the plan's first year (when the plan had it),
     * then one from each revision that changed, added or retired it.
     */
    public List<TargetVersion> versionsOf(TargetCode code) {
        List<TargetVersion> versions = new ArrayList<>();
        plan.target(code).ifPresent(t -> versions.add(new TargetVersion(plan.period().from(), Optional.empty(), Optional.of(t))));
        for (PlanRevision revision : plan.revisions()) {
            if (!revision.changesTo(code).isEmpty()) {
                versions.add(new TargetVersion(revision.effective(), Optional.of(revision),
                        plan.inForce(revision.effective()).target(code)));
            }
        }
        return versions;
    }

    /** A target's last version: as it stood at the end of the period, or when it was retired. */
    public Optional<NumericalTarget> lastVersionOf(TargetCode code) {
        List<TargetVersion> versions = versionsOf(code);
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).target().isPresent()) {
                return versions.get(i).target();
            }
        }
        return Optional.empty();
    }

    /** Every baseline taken from another plan's actual, by the target that takes it. */
    public Map<TargetCode, Baseline.Inherited> inheritedBaselines() {
        Map<TargetCode, Baseline.Inherited> inherited = new LinkedHashMap<>();
        targetsEver().filter(t -> t.baseline() instanceof Baseline.Inherited)
                .forEach(t -> inherited.put(t.code(), (Baseline.Inherited) t.baseline()));
        return inherited;
    }

    private Stream<RevisionChange> changes() {
        return plan.revisions().stream().flatMap(revision -> revision.changes().stream());
    }
}
