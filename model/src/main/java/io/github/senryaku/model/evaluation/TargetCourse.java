package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanRevision;
import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One target's course over the plan's period (推移): each year's evaluation while the target was in force,
 * its final evaluation and whether it was met.
 *
 * <p>Invariants: {@code years} holds every year of the period in order; the final evaluation is the one of
 * the last year the target was in force, graded against the version in force then.
 *
 * @param target    the target's last version: as it stood at the end of the period, or when it was retired
 * @param retiredBy the revision that retired (廃止) it; its years from that revision's on have no evaluation
 */
public record TargetCourse(NumericalTarget target, List<Year> years, Optional<PlanRevision> retiredBy,
        TargetEvaluation finalEvaluation, Achievement achievement) {

    /**
     * A year of the period for the target.
     *
     * @param evaluation none in a year the target was not in force: before a revision added it, from the one
     *                   that retired it
     */
    public record Year(FiscalYear year, Optional<TargetEvaluation> evaluation) {
        public Year {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(evaluation, "evaluation");
        }

        public boolean inForce() {
            return evaluation.isPresent();
        }
    }

    public TargetCourse {
        Objects.requireNonNull(target, "target");
        years = List.copyOf(years);
        Objects.requireNonNull(retiredBy, "retiredBy");
        Objects.requireNonNull(finalEvaluation, "finalEvaluation");
        Objects.requireNonNull(achievement, "achievement");
    }

    public Optional<TargetEvaluation> in(FiscalYear year) {
        return years.stream().filter(y -> y.year().equals(year)).findFirst().flatMap(Year::evaluation);
    }

    /** The last year the target was in force: the year its final grade is from. */
    public FiscalYear finalYear() {
        return finalEvaluation.year();
    }

    public Grade finalGrade() {
        return finalEvaluation.grade().grade();
    }

    /** Whether the year comes after a revision retired the target (廃止), as opposed to before one added it. */
    public boolean isRetiredIn(FiscalYear year) {
        return retiredBy.filter(revision -> revision.isInForceIn(year)).isPresent();
    }
}
