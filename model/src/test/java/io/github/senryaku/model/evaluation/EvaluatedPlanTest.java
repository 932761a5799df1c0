package io.github.senryaku.model.evaluation;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static io.github.senryaku.model.testing.SampleTargets.state;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatedPlanTest {

    @Test
    void tallies_countEachGoalsTargetsByGrade_zerosIncluded() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        GradingRulebook rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
        PlanActuals actuals = new PlanActuals(Map.of(
                new TargetCode(3, 1), series("R4", figure("1110")),     // 85.5 % ≥ 66.7 % expected: B
                new TargetCode(3, 2), series("R4", state("整備中")),      // C
                new TargetCode(2, 1), series("R4", figure("1850"))));   // 75 % ≥ 66.7 %: B

        EvaluatedPlan evaluated = EvaluatedPlan.of(plan, rulebook, actuals, FiscalYear.parse("R4"));

        BasicGoal goal3 = plan.goals().get(2);
        GradeTally tally = evaluated.tally(goal3);
        assertEquals(List.of("A", "B", "C", "D", "N"), tally.counts().keySet().stream().map(Grade::code).toList());
        assertEquals(List.of(0, 1, 1, 0, 0), List.copyOf(tally.counts().values()));
        assertEquals(List.of(0, 0, 0, 0, 1), List.copyOf(evaluated.tally(plan.goals().get(0)).counts().values()));
        assertEquals(1, evaluated.tally(plan.goals().get(1)).count(rulebook.grade("B").orElseThrow()));
        assertEquals(5, evaluated.tallies().stream().mapToInt(GradeTally::total).sum());
    }
}
