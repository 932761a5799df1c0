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
}
