package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetCourse;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.evaluation.TargetEvaluator;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Optional;

/**
 * One target of a final report as its trend chart reads it: the figures up to the last year the target was
 * in force, so a retired target's line stops where its years in the plan end, and no figure of a year of the
 * period it was not in force.
 */
record CourseTrend(FinalReportSnapshot snapshot, TargetCourse course) implements TrendSource {

    @Override
    public FiscalYear year() {
        return course.finalYear();
    }

    @Override
    public Optional<Reported> actual(NumericalTarget target, FiscalYear year) {
        if (snapshot.plan().period().contains(year) && course.in(year).isEmpty()) {
            return Optional.empty();
        }
        return snapshot.actuals().of(target.code()).in(year);
    }

    @Override
    public TargetEvaluation evaluation(NumericalTarget target) {
        return course.finalEvaluation();
    }

    /** The year as it was graded; a year before the period (or before a revision added the target) evaluated afresh. */
    @Override
    public TargetEvaluation evaluationIn(NumericalTarget target, FiscalYear earlier) {
        return course.in(earlier).orElseGet(() -> new TargetEvaluator(snapshot.rulebook()).evaluate(target,
                ActualSeries.of(snapshot.actuals().of(target.code()).upTo(earlier)),
                snapshot.actuals().inheritedBaseline(target.code()), earlier));
    }
}
