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
 * Which targets and measures have a report for a year and which are still missing (未提出). A target is
 * expected in the years its figure is due ({@link NumericalTarget#isDue}: from its baseline or first year
 * counted to its target year, and only in survey years for a survey indicator); a measure in the plan's years.
 */
public record Submissions(FiscalYear year, List<Item<NumericalTarget>> overall, List<GoalSubmissions> goals) {

    /** One goal's numerical targets, its policies' KPIs and its measures, each with whether it was reported. */
    public record GoalSubmissions(BasicGoal goal, List<Item<NumericalTarget>> targets, List<Item<NumericalTarget>> kpis,
            List<Item<Measure>> measures) {

        public long missingTargets() {
            return targets.stream().filter(Item::missing).count();
        }

        public long missingKpis() {
            return kpis.stream().filter(Item::missing).count();
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
                items(goal.targets(), year, reportedTargets),
                items(goal.kpis().toList(), year, reportedTargets),
                goal.policies().stream().flatMap(policy -> policy.measures().stream())
                        .map(measure -> new Item<>(measure, planYear, reportedMeasures.contains(measure.code()))).toList()))
                .toList();
        return new Submissions(year, items(plan.overallTargets(), year, reportedTargets), goals);
    }

    private static List<Item<NumericalTarget>> items(List<NumericalTarget> targets, FiscalYear year, Set<TargetCode> reported) {
        return targets.stream().map(target -> new Item<>(target, target.isDue(year), reported.contains(target.code()))).toList();
    }

    public long missingOverall() {
        return overall.stream().filter(Item::missing).count();
    }

    public long missing() {
        return missingOverall() + goals.stream().mapToLong(g -> g.missingTargets() + g.missingKpis() + g.missingMeasures()).sum();
    }
}
