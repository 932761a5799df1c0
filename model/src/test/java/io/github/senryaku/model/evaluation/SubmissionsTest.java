package io.github.senryaku.model.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmissionsTest {

    @Test
    void reportedAndMissing_perGoal() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());

        Submissions r6 = Submissions.of(plan, FiscalYear.parse("R6"), Set.of(new TargetCode(3, 1)),
                Set.of(new MeasureCode(3, 1, 1), new MeasureCode(3, 1, 2)));

        Submissions.GoalSubmissions goal3 = r6.goals().get(2);
        assertEquals(1, goal3.missingTargets(), "T3-2 missing, T3-1 reported");
        assertEquals(4, goal3.missingMeasures(), "6 measures, 2 reported");
        assertTrue(goal3.targets().get(0).reported());
        assertEquals(5 - 1 + 23 - 2, r6.missing());
    }

    @Test
    void yearsOutsideATargetsSpan_areNotExpected() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());

        Submissions r7 = Submissions.of(plan, FiscalYear.parse("R7"), Set.of(), Set.of());

        assertFalse(r7.goals().get(0).targets().get(0).expected());
        assertEquals(0, r7.missing());
    }

    @Test
    void sampleShapes_surveyIndicatorsAreNotMissingBetweenSurveys_kpisAndOverallAreCountedApart() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.config("plans/sample-shapes.yaml"));

        Submissions r4 = Submissions.of(plan, FiscalYear.parse("R4"), Set.of(new TargetCode(0, 1)), Set.of());

        assertEquals(0, r4.missingOverall(), "T0-1 reported; T0-2 is surveyed in R2 and R7 only");
        assertFalse(r4.overall().get(1).expected());
        Submissions.GoalSubmissions goal2 = r4.goals().get(1);
        assertEquals(1, goal2.missingTargets(), "T2-2; T2-1 is surveyed in R2, R5 and R8");
        assertEquals(3, goal2.missingKpis(), "K2-1-1, K2-1-2, K2-1-3; the reprint K1-2-1 is goal 1's");
        assertEquals(3, r4.goals().get(0).missingKpis(), "K1-1-1, K1-1-2, K1-2-1 (every year from R4)");
        assertFalse(Submissions.of(plan, FiscalYear.parse("R3"), Set.of(), Set.of()).goals().get(0).kpis().get(2).expected(),
                "K1-2-1 counts from R4");
    }
}
