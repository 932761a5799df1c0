package io.github.senryaku.model.evaluation;

import static io.github.senryaku.model.testing.SampleTargets.birthRate;
import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.innovationCentre;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static io.github.senryaku.model.testing.SampleTargets.state;
import static io.github.senryaku.model.testing.SampleTargets.studentsLeaving;
import static io.github.senryaku.model.testing.SampleTargets.visitors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Worked numbers for every branch of the default rulebook (達成率と期待値による評価). */
class TargetEvaluatorTest {

    private static TargetEvaluator evaluator;

    @BeforeAll
    static void loadDefaultRulebook() throws Exception {
        evaluator = new TargetEvaluator(RulebookFileLoader.load(ProjectFiles.defaultRulebook()));
    }

    private static TargetEvaluation evaluate(io.github.senryaku.model.plan.NumericalTarget target, ActualSeries actuals,
            String year) {
        return evaluator.evaluate(target, actuals, FiscalYear.parse(year));
    }

    private static void assertPercent(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual.setScale(new BigDecimal(expected).scale(), java.math.RoundingMode.HALF_UP));
    }

    @Test
    void decrease_halfwayToTheTarget_isFiftyPercent() {
        TargetEvaluation r6 = evaluate(studentsLeaving(), series("R6", figure("1900")), "R6");

        assertPercent("50.0", r6.rate().orElseThrow().percent());
        assertPercent("100", r6.expected().orElseThrow().percent());
        assertEquals("C", r6.grade().grade().code());
    }

    @Test
    void decrease_onThePathInR3_isOnTrack() {
        TargetEvaluation r3 = evaluate(studentsLeaving(), series("R3", figure("1900")), "R3");

        assertPercent("50.00", r3.expected().orElseThrow().percent());
        assertEquals("B", r3.grade().grade().code());
    }

    @Test
    void decrease_moreStudentsLeavingThanAtBaseline_isBackward() {
        TargetEvaluation r4 = evaluate(studentsLeaving(), series("R4", figure("2050")), "R4");

        assertPercent("-25.0", r4.rate().orElseThrow().percent());
        assertEquals("D", r4.grade().grade().code());
    }

    @Test
    void decrease_targetBeaten_isAchieved() {
        TargetEvaluation r5 = evaluate(studentsLeaving(), series("R5", figure("1780")), "R5");

        assertPercent("110.0", r5.rate().orElseThrow().percent());
        assertEquals("A", r5.grade().grade().code());
    }

    @Test
    void increase_firstPlanYear_comparesWithOneThirdOfThePath() {
        TargetEvaluation r2 = evaluate(visitors(), series("R2", figure("1070")), "R2");

        assertPercent("32.89", r2.rate().orElseThrow().percent());
        assertPercent("33.33", r2.expected().orElseThrow().percent());
        assertEquals("C", r2.grade().grade().code());
        assertEquals("達成率が0%を超え期待値未満", r2.grade().reason());
    }

    @Test
    void increase_lastPlanYear_targetReached_isAchieved() {
        TargetEvaluation r6 = evaluate(visitors(), series("R6", figure("1121")), "R6");

        assertPercent("100.0", r6.rate().orElseThrow().percent());
        assertEquals("A", r6.grade().grade().code());
    }

    @Test
    void pendingBaseline_notConfirmed_isUnratedWithTheNote() {
        TargetEvaluation r2 = evaluate(birthRate(), series("R2", figure("1.62")), "R2");

        assertTrue(r2.rate().isEmpty());
        assertEquals("N", r2.grade().grade().code());
        assertEquals("基準値が未確定です（3月公表予定）", r2.grade().reason());
    }

    @Test
    void pendingBaseline_confirmedByABaselineYearFigure_isGraded() {
        TargetEvaluation r2 = evaluate(birthRate(), series("H30", figure("1.60"), "R2", figure("1.62")), "R2");

        assertEquals(new BigDecimal("1.60"), r2.baseline().orElseThrow());
        assertPercent("22.2", r2.rate().orElseThrow().percent());
        assertEquals("C", r2.grade().grade().code());
    }

    @Test
    void noActualForTheYear_isUnrated() {
        TargetEvaluation r4 = evaluate(visitors(), series("R3", figure("1083")), "R4");

        assertEquals("N", r4.grade().grade().code());
        assertEquals("実績が未提出です", r4.grade().reason());
    }

    @Test
    void unpublishedActual_isUnratedNotAnError() {
        TargetEvaluation r6 = evaluate(visitors(), series("R6", new Reported.Unpublished("集計中")), "R6");

        assertEquals("N", r6.grade().grade().code());
        assertEquals("実績値が未公表です（集計中）", r6.grade().reason());
    }

    @Test
    void milestone_targetStateReported_isAchieved() {
        assertEquals("A", evaluate(innovationCentre(), series("R5", state("整備")), "R5").grade().grade().code());
    }

    @Test
    void milestone_intermediateState_isDelayed() {
        TargetEvaluation r4 = evaluate(innovationCentre(), series("R4", state("整備中")), "R4");

        assertEquals("C", r4.grade().grade().code());
        assertTrue(r4.rate().isEmpty());
        assertTrue(r4.expected().isEmpty());
    }

    @Test
    void milestone_baselineStateStands_isBackward() {
        assertEquals("D", evaluate(innovationCentre(), series("R2", state("未整備")), "R2").grade().grade().code());
    }

    @Test
    void milestone_nothingReported_isUnrated() {
        assertEquals("N", evaluate(innovationCentre(), ActualSeries.NONE, "R2").grade().grade().code());
    }

    @Test
    void projection_trendOfVisitors_fallsJustShortOfTheTarget() {
        TargetEvaluation r3 = evaluate(visitors(), series("R2", figure("1070"), "R3", figure("1083")), "R3");

        Projection projection = r3.projection().orElseThrow();
        assertEquals(FiscalYear.parse("R6"), projection.year());
        assertPercent("1120.79", projection.value());
        assertEquals(false, projection.meetsTarget());
    }

    @Test
    void projection_decreaseOnTrend_meetsTheTarget() {
        TargetEvaluation r4 = evaluate(studentsLeaving(), series("R2", figure("1930"), "R4", figure("1850")), "R4");

        Projection projection = r4.projection().orElseThrow();
        assertTrue(projection.value().compareTo(new BigDecimal("1800")) <= 0, projection.value().toPlainString());
        assertTrue(projection.meetsTarget());
    }

    @Test
    void projection_usesOnlyFiguresKnownInTheEvaluatedYear() {
        ActualSeries actuals = series("R2", figure("1070"), "R6", figure("2000"));

        TargetEvaluation r2 = evaluate(visitors(), actuals, "R2");

        // Baseline 1,045 (H30) and 1,070 (R2): +12.5 a year, 1,120 in R6; the later 2,000 is not yet known.
        assertPercent("1120.00", r2.projection().orElseThrow().value());
    }

    @Test
    void projection_withOnlyTheBaseline_isNone() {
        assertTrue(evaluate(visitors(), ActualSeries.NONE, "R2").projection().isEmpty());
    }

    @Test
    void achievementRate_targetEqualToBaseline_isNone() {
        assertTrue(AchievementRate.between(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE).isEmpty());
    }
}
