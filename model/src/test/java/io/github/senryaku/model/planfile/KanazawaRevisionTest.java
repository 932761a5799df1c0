package io.github.senryaku.model.planfile;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.testing.RevisedKanazawa;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kanazawa's plan with the サンプル revisions of the test resources: R2 and R3 are graded exactly as the plan
 * without revisions grades them; from R4 the revised targets hold.
 */
class KanazawaRevisionTest {

    private static final TargetCode T3_1 = new TargetCode(3, 1);
    private static final TargetCode T4_1 = new TargetCode(4, 1);

    @TempDir
    static Path dir;

    private static StrategyPlan original;
    private static StrategyPlan revised;
    private static GradingRulebook rulebook;

    @BeforeAll
    static void load() throws Exception {
        original = PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        revised = PlanFileLoader.load(RevisedKanazawa.writeTo(dir));
        rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
    }

    private static String targetValue(StrategyPlan plan) {
        return plan.target(T3_1).orElseThrow().targetQuantity().orElseThrow().value().toPlainString();
    }

    @Test
    void yearsBeforeTheFirstRevision_areGradedExactlyAsTheOriginal() {
        PlanActuals actuals = new PlanActuals(Map.of(T3_1, series("R2", figure("1070"), "R3", figure("1083")),
                T4_1, series("R3", figure("90"))));

        for (String year : new String[] {"R2", "R3"}) {
            FiscalYear fy = FiscalYear.parse(year);
            StrategyPlan inForce = revised.inForce(fy);
            assertEquals(original.goals(), inForce.goals());
            assertEquals(original.overallTargets(), inForce.overallTargets());
            assertEquals(EvaluatedPlan.of(original, rulebook, actuals, fy).evaluations(),
                    EvaluatedPlan.of(inForce, rulebook, actuals, fy).evaluations());
            assertEquals("改訂前", inForce.versionLabel());
        }
    }

    @Test
    void firstRevision_holdsFromR4() {
        StrategyPlan r4 = revised.inForce(FiscalYear.parse("R4"));

        assertEquals("1150", targetValue(r4));
        assertEquals("市外へ就職する新卒学生数", r4.target(new TargetCode(2, 1)).orElseThrow().name());
        assertEquals("まちなか観光案内所の利用者数", r4.target(new TargetCode(3, 2, 1)).orElseThrow().name());
        assertTrue(r4.measure(new MeasureCode(3, 2, 2)).orElseThrow().isNew());
        assertTrue(r4.target(T4_1).isPresent());
        assertEquals("改訂版（令和4年3月改訂（サンプル））", r4.versionLabel());
    }

    @Test
    void secondRevision_retiresT41_andRaisesT31Again() {
        StrategyPlan r6 = revised.inForce(FiscalYear.parse("R6"));

        assertEquals("1180", targetValue(r6));
        assertFalse(r6.target(T4_1).isPresent());
        assertFalse(EvaluatedPlan.of(r6, rulebook, PlanActuals.NONE, FiscalYear.parse("R6")).evaluations().containsKey(T4_1));
        assertEquals(2, r6.appliedRevisions().size());
        assertEquals(3, revised.history().versionsOf(T3_1).size(), "original, R4, R5");
    }
}
