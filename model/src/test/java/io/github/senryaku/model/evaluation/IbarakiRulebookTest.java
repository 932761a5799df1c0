package io.github.senryaku.model.evaluation;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.innovationCentre;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static io.github.senryaku.model.testing.SampleTargets.state;
import static io.github.senryaku.model.testing.SampleTargets.studentsLeaving;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected-value banding (茨城県方式): in R3 the expected progress of 約2,000 → 1,800 (H30 → R6) is 50 %,
 * so the progress ratio is the rate doubled.
 */
class IbarakiRulebookTest {

    private static TargetEvaluator evaluator;

    @BeforeAll
    static void loadIbarakiRulebook() throws Exception {
        evaluator = new TargetEvaluator(RulebookFileLoader.load(ProjectFiles.ibarakiRulebook()));
    }

    @ParameterizedTest(name = "{0} students in R3: rate {1} %, grade {2}")
    @CsvSource({
            "1900, 50, A",    // ratio 100 %
            "1880, 60, A",    // ratio 120 %
            "1920, 40, B+",   // ratio 80 %
            "1922, 39, B",    // ratio 78 %
            "1950, 25, B",    // ratio 50 %
            "1960, 20, C",    // ratio 40 %
            "2010, -5, C"})
    void progressRatio_givesTheBand(String actual, String rate, String grade) {
        TargetEvaluation r3 = evaluator.evaluate(studentsLeaving(), series("R3", figure(actual)), FiscalYear.parse("R3"));

        assertEquals(new java.math.BigDecimal(rate), r3.rate().orElseThrow().percent().setScale(0, java.math.RoundingMode.HALF_UP));
        assertEquals(grade, r3.grade().grade().code());
    }

    @ParameterizedTest
    @CsvSource({"整備, A", "整備中, C", "未整備, D"})
    void milestone_isGradedByState(String reported, String grade) {
        TargetEvaluation r4 = evaluator.evaluate(innovationCentre(), series("R4", state(reported)), FiscalYear.parse("R4"));

        assertEquals(grade, r4.grade().grade().code());
    }

    @ParameterizedTest
    @CsvSource({"H30"})
    void baselineYear_hasNoExpectedProgressToCompareWith(String year) {
        TargetEvaluation h30 = evaluator.evaluate(studentsLeaving(), series(year, figure("2000")), FiscalYear.parse(year));

        assertEquals("N", h30.grade().grade().code());
    }
}
