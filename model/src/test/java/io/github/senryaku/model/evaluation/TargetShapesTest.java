package io.github.senryaku.model.evaluation;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.InterimValue;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.SurveySchedule;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.plan.Unit;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.PeriodKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every target shape of issue 11 with the worked examples its text gives: 累計 (sum and ceiling), 平均,
 * 新規 without a baseline, survey years, 現状維持, 中間目標, 毎年度, trend targets and ranks. The plan runs R3–R8.
 */
class TargetShapesTest {

    static final FiscalYear R2 = FiscalYear.parse("R2");
    static final FiscalYear R3 = FiscalYear.parse("R3");
    static final FiscalYear R4 = FiscalYear.parse("R4");
    static final FiscalYear R5 = FiscalYear.parse("R5");
    static final FiscalYear R7 = FiscalYear.parse("R7");
    static final FiscalYear R8 = FiscalYear.parse("R8");

    final GradingRulebook standard = rulebook("default");
    final GradingRulebook ibaraki = rulebook("ibaraki");

    static GradingRulebook rulebook(String code) {
        try {
            return RulebookFileLoader.load(ProjectFiles.config("rulebooks/" + code + ".yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A figure target of the R3–R8 plan; the parts each test varies are parameters. */
    static NumericalTarget target(Direction direction, Baseline baseline, TargetValue target, Aggregation aggregation,
            FiscalYear from, SurveySchedule surveys, List<InterimValue> interim, Optional<BigDecimal> tolerance) {
        return new NumericalTarget(new TargetCode(1, 1), "指標", "", new Unit("人"), direction, PeriodKind.FISCAL_YEAR,
                baseline, target, Optional.empty(), List.of(), aggregation, from, surveys, interim, tolerance);
    }

    static NumericalTarget cumulative(Direction direction, String value, List<InterimValue> interim) {
        return target(direction, new Baseline.Figure(R2, Quantity.exact("250")), new TargetValue.Figure(R8, Quantity.exact(value)),
                Aggregation.CUMULATIVE, R3, SurveySchedule.EVERY_YEAR, interim, Optional.empty());
    }

    TargetEvaluation evaluate(GradingRulebook rulebook, NumericalTarget target, ActualSeries actuals, FiscalYear year) {
        return new TargetEvaluator(rulebook).evaluate(target, actuals, year);
    }

    TargetEvaluation evaluate(NumericalTarget target, ActualSeries actuals, FiscalYear year) {
        return evaluate(standard, target, actuals, year);
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    @Test
    void cumulativeIncrease_sumsTheYearsCounted_issueExample() {
        TargetEvaluation evaluation = evaluate(cumulative(Direction.INCREASE, "300", List.of()),
                series("R3", figure("40"), "R4", figure("60"), "R5", figure("55")), R5);

        assertEquals(0, decimal("155").compareTo(evaluation.measured().orElseThrow().value()));
        assertEquals("R3～R5累計", evaluation.measured().orElseThrow().label());
        assertEquals(decimal("51.67"), evaluation.rate().orElseThrow().rounded());
        assertEquals(decimal("50.00"), evaluation.expected().orElseThrow().rounded());
        assertEquals("B", evaluation.grade().grade().code());
        assertEquals(figure("55"), evaluation.actual().orElseThrow(), "the year's own figure is kept beside the sum");
    }

    @Test
    void cumulativeIncrease_projectsTheYearlyPace() {
        Projection projection = evaluate(cumulative(Direction.INCREASE, "300", List.of()),
                series("R3", figure("40"), "R4", figure("60"), "R5", figure("55")), R5).projection().orElseThrow();

        assertEquals(0, decimal("310").compareTo(projection.value()), "155 in 3 years is 310 in 6");
        assertTrue(projection.meetsTarget());
    }

    @Test
    void cumulative_aYearMissingInTheMiddle_isNotSummedAsZero() {
        TargetEvaluation evaluation = evaluate(cumulative(Direction.INCREASE, "300", List.of()),
                series("R3", figure("40"), "R5", figure("55")), R5);

        assertEquals("N", evaluation.grade().grade().code());
        assertTrue(evaluation.grade().reason().contains("R4"), evaluation.grade().reason());
        assertTrue(evaluation.measured().isEmpty());
    }

    @Test
    void cumulativeCeiling_overTheAllowance_isBehind_issueExample() {
        TargetEvaluation evaluation = evaluate(cumulative(Direction.DECREASE, "600", List.of()),
                series("R3", figure("130"), "R4", figure("120"), "R5", figure("110")), R5);

        assertEquals(0, decimal("360").compareTo(evaluation.measured().orElseThrow().value()));
        assertEquals("C", evaluation.grade().grade().code(), evaluation.grade().reason());
        assertEquals(decimal("41.67"), evaluation.rate().orElseThrow().rounded(), "50 × 300 ÷ 360");
        assertEquals("B+", evaluate(ibaraki, cumulative(Direction.DECREASE, "600", List.of()),
                series("R3", figure("130"), "R4", figure("120"), "R5", figure("110")), R5).grade().grade().code(),
                "ibaraki grades the ratio 300 ÷ 360 = 83 %");
    }

    @Test
    void cumulativeCeiling_withinTheAllowance_isOnTrack_issueExample() {
        TargetEvaluation evaluation = evaluate(cumulative(Direction.DECREASE, "600", List.of()),
                series("R3", figure("90"), "R4", figure("100"), "R5", figure("95")), R5);

        assertEquals(0, decimal("285").compareTo(evaluation.measured().orElseThrow().value()));
        assertEquals("B", evaluation.grade().grade().code());
        assertEquals(decimal("50.00"), evaluation.rate().orElseThrow().rounded());
        assertEquals("A", evaluate(ibaraki, cumulative(Direction.DECREASE, "600", List.of()),
                series("R3", figure("90"), "R4", figure("100"), "R5", figure("95")), R5).grade().grade().code());
    }

    @Test
    void cumulativeCeiling_overTheCeiling_hasFailed() {
        TargetEvaluation evaluation = evaluate(cumulative(Direction.DECREASE, "600", List.of()),
                series("R3", figure("300"), "R4", figure("200"), "R5", figure("150")), R5);

        assertEquals("D", evaluation.grade().grade().code());
        assertEquals(0, evaluation.rate().orElseThrow().percent().signum());
        assertTrue(evaluation.grade().reason().contains("600"), evaluation.grade().reason());
    }

    @Test
    void cumulativeCeiling_atTheTargetYearWithinTheCeiling_isMet() {
        TargetEvaluation evaluation = evaluate(cumulative(Direction.DECREASE, "600", List.of()), series(
                "R3", figure("100"), "R4", figure("100"), "R5", figure("100"), "R6", figure("100"), "R7", figure("100"),
                "R8", figure("99")), R8);

        assertEquals("A", evaluation.grade().grade().code());
    }

    @Test
    void cumulativeInterim_isARunningSum_andTheYearIsGradedAgainstIt() {
        NumericalTarget target = cumulative(Direction.INCREASE, "300", List.of(new InterimValue(R5, Quantity.exact("150"))));

        TargetEvaluation atInterim = evaluate(target, series("R3", figure("40"), "R4", figure("60"), "R5", figure("55")), R5);
        assertEquals("A", atInterim.grade().grade().code(), "155 of the interim 150");
        assertEquals(decimal("103.33"), atInterim.rate().orElseThrow().rounded());
        assertEquals(R5, atInterim.against().orElseThrow().year());

        TargetEvaluation before = evaluate(target, series("R3", figure("40"), "R4", figure("60")), R4);
        assertEquals(decimal("33.33"), before.expected().orElseThrow().rounded(), "the path reaches 100 of 300 in R4");
    }

    @Test
    void average_isTheMeanOfTheYearsReported_gradedLikeALevel() {
        NumericalTarget target = target(Direction.INCREASE, new Baseline.Figure(R2, Quantity.exact("2800")),
                new TargetValue.Figure(R8, Quantity.exact("3000")), Aggregation.AVERAGE, R3, SurveySchedule.EVERY_YEAR,
                List.of(), Optional.empty());

        TargetEvaluation evaluation = evaluate(target, series("R3", figure("2900"), "R4", figure("3000"), "R5", figure("2950")), R5);

        assertEquals(0, decimal("2950").compareTo(evaluation.measured().orElseThrow().value()));
        assertEquals("R3～R5平均", evaluation.measured().orElseThrow().label());
        assertEquals(decimal("75.00"), evaluation.rate().orElseThrow().rounded());
        assertEquals(decimal("50.00"), evaluation.expected().orElseThrow().rounded());
        assertEquals("B", evaluation.grade().grade().code());
    }

    static NumericalTarget newIndicator(Direction direction, String value) {
        return target(direction, new Baseline.None(R2, "新規"), new TargetValue.Figure(R8, Quantity.exact(value)),
                Aggregation.LEVEL, R3, SurveySchedule.EVERY_YEAR, List.of(), Optional.empty());
    }

    @Test
    void noBaseline_increase_isActualOverTarget_expectedCountsFromThePlansFirstYear() {
        TargetEvaluation evaluation = evaluate(newIndicator(Direction.INCREASE, "100"), series("R5", figure("60")), R5);

        assertEquals(decimal("60.00"), evaluation.rate().orElseThrow().rounded());
        assertEquals(decimal("50.00"), evaluation.expected().orElseThrow().rounded(), "3 ÷ 6");
        assertEquals("B", evaluation.grade().grade().code());
        assertTrue(evaluation.baseline().isEmpty());
    }

    @Test
    void noBaseline_decrease_isTargetOverActual_cappedAt100() {
        assertEquals(decimal("50.00"), evaluate(newIndicator(Direction.DECREASE, "10"), series("R5", figure("20")), R5)
                .rate().orElseThrow().rounded());
        assertEquals(decimal("100.00"), evaluate(newIndicator(Direction.DECREASE, "10"), series("R5", figure("8")), R5)
                .rate().orElseThrow().rounded());
    }

    @Test
    void noBaseline_aYearBeforeThePlan_isNotGraded() {
        assertEquals("N", evaluate(newIndicator(Direction.INCREASE, "100"), series("R2", figure("5")), R2).grade().grade().code());
    }

    static NumericalTarget surveyed() {
        return target(Direction.INCREASE, new Baseline.Figure(R2, Quantity.exact("50")), new TargetValue.Figure(R7, Quantity.exact("60")),
                Aggregation.LEVEL, R3, new SurveySchedule(List.of(R2, R7)), List.of(), Optional.empty());
    }

    @Test
    void surveyYears_betweenSurveys_theLatestSurveyIsCarried_notMissing() {
        TargetEvaluation evaluation = evaluate(surveyed(), ActualSeries.NONE, R4);

        assertEquals("R2調査", evaluation.measured().orElseThrow().label());
        assertEquals(0, decimal("50").compareTo(evaluation.measured().orElseThrow().value()));
        assertEquals(decimal("0.00"), evaluation.expected().orElseThrow().rounded(), "the survey year's expected progress");
        assertFalse(surveyed().isDue(R4));
        assertTrue(surveyed().isDue(R7));
    }

    @Test
    void surveyYears_theSurveyYearItself_mustBeReported() {
        assertEquals("実績が未提出です", evaluate(surveyed(), ActualSeries.NONE, R7).grade().reason());

        TargetEvaluation reported = evaluate(surveyed(), series("R7", figure("58")), R7);
        assertEquals(decimal("80.00"), reported.rate().orElseThrow().rounded());
        assertEquals("", reported.measured().orElseThrow().label());
    }

    @Test
    void surveyYears_aFigureReportedOffSchedule_isUsed() {
        TargetEvaluation evaluation = evaluate(surveyed(), series("R4", figure("55")), R5);

        assertEquals("R4調査", evaluation.measured().orElseThrow().label());
        assertEquals(decimal("50.00"), evaluation.rate().orElseThrow().rounded());
    }

    static NumericalTarget maintained(String tolerance) {
        return target(Direction.MAINTAIN, new Baseline.Figure(R2, Quantity.exact("80")), new TargetValue.Figure(R8, Quantity.exact("80")),
                Aggregation.LEVEL, R3, SurveySchedule.EVERY_YEAR, List.of(), Optional.of(decimal(tolerance)));
    }

    @Test
    void maintain_withinTheToleranceBand_isA_belowItD_underBothRulebooks() {
        assertEquals("A", evaluate(maintained("5"), series("R5", figure("77")), R5).grade().grade().code(), "floor 76");
        assertEquals("D", evaluate(maintained("5"), series("R5", figure("75")), R5).grade().grade().code());
        assertEquals("A", evaluate(ibaraki, maintained("5"), series("R5", figure("90")), R5).grade().grade().code());
        assertEquals("D", evaluate(ibaraki, maintained("5"), series("R5", figure("75")), R5).grade().grade().code());
    }

    @Test
    void interim_levelPathRunsThroughIt_andItsYearIsGradedAgainstIt() {
        NumericalTarget target = target(Direction.INCREASE, new Baseline.Figure(R2, Quantity.exact("0")),
                new TargetValue.Figure(R8, Quantity.exact("1500")), Aggregation.LEVEL, R3, SurveySchedule.EVERY_YEAR,
                List.of(new InterimValue(R5, Quantity.exact("1000"))), Optional.empty());

        assertEquals(decimal("44.44"), evaluate(target, series("R4", figure("600")), R4).expected().orElseThrow().rounded(),
                "666.67 of 1,500 on the way to the interim");
        assertEquals("A", evaluate(target, series("R5", figure("1000")), R5).grade().grade().code());
        TargetEvaluation short_ = evaluate(target, series("R5", figure("900")), R5);
        assertEquals("C", short_.grade().grade().code());
        assertEquals(decimal("90.00"), short_.rate().orElseThrow().rounded());
        assertEquals(decimal("88.89"), evaluate(target, series("R7", figure("1300")), R7).expected().orElseThrow().rounded(),
                "1,000 + 500 × 2 ÷ 3 = 1,333.33 of 1,500");
    }

    static NumericalTarget everyYear(Direction direction, String value, FiscalYear from) {
        return target(direction, new Baseline.None(R2, ""), new TargetValue.EachYear(R8, Quantity.exact(value), ""),
                Aggregation.LEVEL, from, SurveySchedule.EVERY_YEAR, List.of(), Optional.empty());
    }

    @Test
    void eachYear_everyYearOnItsOwnFigure_expected100() {
        TargetEvaluation met = evaluate(everyYear(Direction.INCREASE, "100", R3), series("R4", figure("100")), R4);
        assertEquals("A", met.grade().grade().code());
        assertEquals(decimal("100.00"), met.expected().orElseThrow().rounded());
        assertEquals("C", evaluate(everyYear(Direction.INCREASE, "100", R3), series("R4", figure("90")), R4).grade().grade().code());
        assertTrue(met.projection().isEmpty());
    }

    @Test
    void eachYear_decreaseToZero_isMetByZero_withoutDividingByZero() {
        assertEquals("A", evaluate(everyYear(Direction.DECREASE, "0", R3), series("R5", figure("0")), R5).grade().grade().code());
        TargetEvaluation missed = evaluate(everyYear(Direction.DECREASE, "0", R3), series("R5", figure("3")), R5);
        assertEquals("D", missed.grade().grade().code());
        assertEquals(0, missed.rate().orElseThrow().percent().signum());
    }

    @Test
    void eachYear_from_yearsBeforeAreNeitherGradedNorDue() {
        NumericalTarget target = everyYear(Direction.DECREASE, "0", R4);

        assertEquals("N", evaluate(target, series("R3", figure("2")), R3).grade().grade().code());
        assertFalse(target.isDue(R3));
        assertTrue(target.isDue(R4));
    }

    @Test
    void trend_movedPastTheBaselineInItsDirection_isA_otherwiseD() {
        NumericalTarget target = target(Direction.INCREASE, new Baseline.Figure(R2, Quantity.exact("50")),
                new TargetValue.Trend(R8, "増加"), Aggregation.LEVEL, R3, SurveySchedule.EVERY_YEAR, List.of(), Optional.empty());

        assertEquals("A", evaluate(target, series("R5", figure("51")), R5).grade().grade().code());
        assertEquals("D", evaluate(target, series("R5", figure("50")), R5).grade().grade().code());
        assertTrue(evaluate(target, series("R5", figure("51")), R5).rate().isEmpty());
    }

    @Test
    void rank_decreaseTowardsFirstPlace() {
        NumericalTarget target = target(Direction.DECREASE, new Baseline.Figure(R2, Quantity.exact("5")),
                new TargetValue.Figure(R8, Quantity.exact("1")), Aggregation.LEVEL, R3, SurveySchedule.EVERY_YEAR, List.of(),
                Optional.empty());

        assertEquals(decimal("50.00"), evaluate(target, series("R5", figure("3")), R5).rate().orElseThrow().rounded());
        assertEquals("A", evaluate(target, series("R8", figure("1")), R8).grade().grade().code());
    }
}
