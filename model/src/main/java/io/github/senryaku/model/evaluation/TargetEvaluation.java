package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.InterimValue;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A target evaluated for one year.
 *
 * @param actual   what was reported for that year itself, if anything (単年度)
 * @param measured the value graded: the year's figure, a sum or mean, or a survey's figure carried forward
 * @param baseline the baseline figure used: the plan's, or, for a pending baseline, the figure reported
 *                 for the baseline year; none for milestones, new indicators and unconfirmed baselines
 * @param against  the interim target (中間目標) the year was graded against, when the plan sets one for it
 * @param rate     none for milestones, trends, a pending baseline or a missing figure
 * @param expected none for milestones and trends; for a carried survey figure, the survey year's
 */
public record TargetEvaluation(
        NumericalTarget target,
        FiscalYear year,
        Optional<Reported> actual,
        Optional<Measured> measured,
        Optional<BigDecimal> baseline,
        Optional<InterimValue> against,
        Optional<AchievementRate> rate,
        Optional<ExpectedProgress> expected,
        GradeResult grade,
        Optional<Projection> projection) {

    public TargetEvaluation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(projection, "projection");
    }
}
