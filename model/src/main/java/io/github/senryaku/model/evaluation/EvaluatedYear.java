package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Objects;

/**
 * One year of a plan's period as the final evaluation sees it: the plan version in force that year graded
 * with the actuals known by then — what that year's annual report graded — and whether anything at all
 * was reported for the year.
 *
 * @param submitted false for a year with no reports at all (未提出): its evaluation grades nothing but
 *                  carried figures, and reports print the year as 未提出 rather than its tallies
 */
public record EvaluatedYear(EvaluatedPlan evaluated, boolean submitted) {

    public EvaluatedYear {
        Objects.requireNonNull(evaluated, "evaluated");
    }

    public FiscalYear year() {
        return evaluated.year();
    }

    /** The version of the plan graded this year: the original, or the revised one from a revision's year. */
    public StrategyPlan plan() {
        return evaluated.plan();
    }

    /** The grades of every goal's numerical targets (数値目標) in force this year, counted together. */
    public GradeTally targetTally() {
        return tally(plan().numericalTargets().map(target -> evaluated.evaluation(target.code())).toList());
    }

    /** The grades of every policy's KPIs in force this year, each counted once (reprints are not counted again). */
    public GradeTally kpiTally() {
        return tally(plan().goals().stream().flatMap(BasicGoal::kpis).map(target -> evaluated.evaluation(target.code()))
                .toList());
    }

    /** The grades of the plan-wide targets (全体目標) in force this year. */
    public GradeTally overallTally() {
        return evaluated.overallTally();
    }

    private GradeTally tally(List<TargetEvaluation> evaluations) {
        return GradeTally.of(year().shortCode(), evaluated.rulebook().grades(), evaluations);
    }
}
