package io.github.senryaku.model.evaluation;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.GoalCode;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.plan.Unit;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.PeriodKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A successor plan's target whose baseline is the predecessor's actual ({@code baseline: {from:
 * kanazawa-2nd/T3-1, year: R6}}): N until that actual is handed in, then graded from it.
 */
class InheritedBaselineTest {

    private static final FiscalYear R6 = FiscalYear.parse("R6");
    private static final FiscalYear R7 = FiscalYear.parse("R7");
    private static final TargetCode T3_1 = new TargetCode(3, 1);

    private static TargetEvaluator evaluator;
    private static GradingRulebook rulebook;

    @BeforeAll
    static void loadDefaultRulebook() throws Exception {
        rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
        evaluator = new TargetEvaluator(rulebook);
    }

    /** 金沢地域の年間入込客数: Kanazawa's R6 actual → 1,300万人 (R11). */
    private static NumericalTarget visitors(TargetValue target) {
        return new NumericalTarget(T3_1, "金沢地域の年間入込客数", "", new Unit("万人"), Direction.INCREASE,
                PeriodKind.FISCAL_YEAR, new Baseline.Inherited(R6, "kanazawa-2nd", T3_1, ""), target, Optional.empty(),
                List.of(), io.github.senryaku.model.plan.Aggregation.LEVEL, R7,
                io.github.senryaku.model.plan.SurveySchedule.EVERY_YEAR, List.of(), Optional.empty(), Optional.of(T3_1));
    }

    private static NumericalTarget visitors() {
        return visitors(new TargetValue.Figure(FiscalYear.parse("R11"), Quantity.exact("1300")));
    }

    @Test
    void withoutTheOldActual_isUnrated_andSaysWhatItWaitsFor() {
        TargetEvaluation r7 = evaluator.evaluate(visitors(), series("R7", figure("1140")), Optional.empty(), R7);

        assertEquals("N", r7.grade().grade().code());
        assertEquals("基準値が未確定です（引き継ぐ kanazawa-2nd/T3-1 のR6の実績がまだありません）", r7.grade().reason());
        assertTrue(r7.baseline().isEmpty());
        assertTrue(r7.rate().isEmpty(), "never a rate from a guessed baseline");
        assertTrue(r7.projection().isEmpty());
    }

    @Test
    void oldActualNotPublished_isUnrated() {
        TargetEvaluation r7 = evaluator.evaluate(visitors(), series("R7", figure("1140")),
                Optional.of(new Reported.Unpublished("集計中")), R7);

        assertEquals("N", r7.grade().grade().code());
        assertTrue(r7.grade().reason().contains("未公表です（集計中）"), r7.grade().reason());
    }

    @Test
    void withTheOldActual_isGradedFromIt() {
        TargetEvaluation r7 = evaluator.evaluate(visitors(), series("R7", figure("1140")), Optional.of(figure("1100")), R7);

        assertEquals("1100", r7.baseline().orElseThrow().toPlainString());
        assertEquals("20.00", r7.rate().orElseThrow().rounded().toPlainString(), "(1140 − 1100) ÷ (1300 − 1100)");
        assertEquals("20.00", r7.expected().orElseThrow().rounded().toPlainString(), "1 of 5 years from R6");
        assertEquals("B", r7.grade().grade().code());
        assertTrue(r7.projection().isPresent(), "R6 and R7: two points");
    }

    @Test
    void trendTarget_movesFromTheOldActual() {
        NumericalTarget trend = visitors(new TargetValue.Trend(FiscalYear.parse("R11"), "増加"));

        assertEquals("N", evaluator.evaluate(trend, series("R7", figure("1140")), Optional.empty(), R7).grade().grade().code());
        assertEquals("A", evaluator.evaluate(trend, series("R7", figure("1140")), Optional.of(figure("1100")), R7)
                .grade().grade().code());
        assertEquals("D", evaluator.evaluate(trend, series("R7", figure("1090")), Optional.of(figure("1100")), R7)
                .grade().grade().code());
    }

    @Test
    void theBaselineYear_isTheOldPlansYear_notDueInThisOne() {
        NumericalTarget target = visitors();

        assertEquals(R7, target.firstYearDue());
        assertFalse(target.isDue(R6));
        assertEquals("数え始めの年度（R7）より前の年です",
                evaluator.evaluate(target, series(), Optional.of(figure("1100")), R6).grade().reason());
    }

    @Test
    void evaluatedPlan_takesTheInheritedFigureFromThePlanActuals() {
        StrategyPlan plan = new StrategyPlan("successor", "後継計画", "金沢市", new PlanPeriod(R7, FiscalYear.parse("R11")),
                "", "", List.of(new BasicGoal(new GoalCode(3), "目標3", List.of(visitors()), List.of())), List.of());
        PlanActuals actuals = new PlanActuals(Map.of(T3_1, series("R7", figure("1140"))));

        EvaluatedPlan without = EvaluatedPlan.of(plan, rulebook, actuals, R7);
        EvaluatedPlan with = EvaluatedPlan.of(plan, rulebook, actuals.withInheritedBaselines(Map.of(T3_1, figure("1100"))), R7);

        assertEquals("N", without.evaluation(T3_1).grade().grade().code());
        assertEquals("B", with.evaluation(T3_1).grade().grade().code());
        assertEquals(Optional.of(figure("1100")), actuals.withInheritedBaselines(Map.of(T3_1, figure("1100")))
                .inheritedBaseline(T3_1));
    }
}
