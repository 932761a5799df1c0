package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Set;

/**
 * Which targets and measures have a report for a year and which are still missing (未提出), per goal.
 * A target is expected for the years from its baseline to its target year; a measure for the plan's years.
 */
public record Submissions(FiscalYear year, List<GoalSubmissions> goals) {

    /** One goal's targets and measures, each with whether it was reported. */
    public record GoalSubmissions(BasicGoal goal, List<Item<NumericalTarget>> targets, List<Item<Measure>> measures) {

        public long missingTargets() {
            return targets.stream().filter(Item::missing).count();
        }

        public long missingMeasures() {
            return measures.stream().filter(Item::missing).count();
        }
    }

    /** A target or measure: expected this year or not, reported or not. */
    public record Item<T>(T subject, boolean expected, boolean reported) {
        public boolean missing() {
            return expected && !reported;
        }
    }

    public static Submissions of(StrategyPlan plan, FiscalYear year, Set<TargetCode> reportedTargets,
            Set<MeasureCode> reportedMeasures) {
        boolean planYear = plan.period().contains(year);
        List<GoalSubmissions> goals = plan.goals().stream().map(goal -> new GoalSubmissions(goal,
                goal.targets().stream().map(target -> new Item<>(target, isExpected(target, year),
                        reportedTargets.contains(target.code()))).toList(),
                goal.policies().stream().flatMap(policy -> policy.measures().stream())
                        .map(measure -> new Item<>(measure, planYear, reportedMeasures.contains(measure.code()))).toList()))
                .toList();
        return new Submissions(year, goals);
    }

    private static boolean isExpected(NumericalTarget target, FiscalYear year) {
        return !year.isBefore(target.baseline().year()) && !year.isAfter(target.target().year());
    }

    public long missing() {
        return goals.stream().mapToLong(g -> g.missingTargets() + g.missingMeasures()).sum();
    }
}
