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

    @Test
    void sampleShapes_kpisAreTalliedPerPolicyAndPerGoal_apartFromTheNumericalTargets() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.config("plans/sample-shapes.yaml"));
        GradingRulebook rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
        PlanActuals actuals = new PlanActuals(Map.of(
                new TargetCode(1, 1), series("R3", figure("40"), "R4", figure("60"), "R5", figure("55")),   // A
                new TargetCode(1, 2, 1), series("R5", figure("0")),                                       // A, 毎年ゼロ
                new TargetCode(0, 1), series("R5", figure("1.45"))));                                     // 50 % ≥ 33 %: B

        EvaluatedPlan evaluated = EvaluatedPlan.of(plan, rulebook, actuals, FiscalYear.parse("R5"));

        Grade a = rulebook.grade("A").orElseThrow();
        Grade n = rulebook.grade("N").orElseThrow();
        BasicGoal goal1 = plan.goals().get(0);
        assertEquals(2, evaluated.tally(goal1).total(), "T1-1, T1-2");
        assertEquals(3, evaluated.kpiTally(goal1).total(), "K1-1-1, K1-1-2, K1-2-1");
        assertEquals(1, evaluated.kpiTally(goal1).count(a));
        assertEquals("P2-1", evaluated.kpiTally(plan.goals().get(1).policies().get(0)).scope());
        assertEquals(4, evaluated.kpiTally(plan.goals().get(1).policies().get(0)).total(), "three own KPIs and the reprint");
        assertEquals(1, evaluated.kpiTally(plan.goals().get(1).policies().get(0)).count(a), "the reprinted K1-2-1");
        assertEquals(3, evaluated.kpiTally(plan.goals().get(1)).count(n), "the reprint is counted once, in goal 1");
        assertEquals("T0", evaluated.overallTally().scope());
        assertEquals("B", evaluated.overallEvaluations().get(0).grade().grade().code());
        assertEquals("A", evaluated.evaluation(new TargetCode(1, 1)).grade().grade().code(), "155 of the R5 interim 150");
    }
}
