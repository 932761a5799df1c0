package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Optional;

/**
 * What a target's trend chart reads ({@link TrendPoints}): the figures known by a year and the target graded
 * in it. A year's report ({@link ReportSnapshot}) and a plan's final report ({@link FinalReportSnapshot}) both
 * give it, so both draw their charts alike.
 */
public interface TrendSource {

    /** The last year whose figures are plotted. */
    FiscalYear year();

    Optional<Reported> actual(NumericalTarget target, FiscalYear year);

    /** The target graded in {@link #year()} (its baseline in force is the chart's path's start). */
    TargetEvaluation evaluation(NumericalTarget target);

    /** The target graded in an earlier year, from the figures known then (a sum's running total). */
    TargetEvaluation evaluationIn(NumericalTarget target, FiscalYear earlier);

    /**
     * A continued target's figure in the plan this one succeeds, for a year before this plan shows the target:
     * the chart spans both plans. None by default (a plan that succeeds none, a final report).
     */
    default Optional<Reported> earlierPlanActual(NumericalTarget target, FiscalYear year) {
        return Optional.empty();
    }
}
