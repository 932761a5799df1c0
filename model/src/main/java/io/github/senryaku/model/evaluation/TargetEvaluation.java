package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A numerical target evaluated for one year.
 *
 * @param actual   what was reported for that year, if anything
 * @param baseline the baseline figure used: the plan's, or, for a pending baseline, the figure reported
 *                 for the baseline year; none for milestones and unconfirmed baselines
 * @param rate     none for milestones, a pending baseline or a missing figure
 * @param expected none for milestones
 */
public record TargetEvaluation(
        NumericalTarget target,
        FiscalYear year,
        Optional<Reported> actual,
        Optional<BigDecimal> baseline,
        Optional<AchievementRate> rate,
        Optional<ExpectedProgress> expected,
        GradeResult grade,
        Optional<Projection> projection) {

    public TargetEvaluation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(projection, "projection");
    }
}
