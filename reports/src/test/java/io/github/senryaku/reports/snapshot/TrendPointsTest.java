package io.github.senryaku.reports.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the trend charts plot for each shape of the サンプル plan. */
class TrendPointsTest {

    private static ReportSnapshot snapshot;

    @BeforeAll
    static void snapshot() throws Exception {
        snapshot = ShapesSnapshot.r5();
    }

    private static NumericalTarget target(String code) {
        return snapshot.plan().targets().filter(t -> t.code().text().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> actuals(String code) {
        NumericalTarget target = target(code);
        return TrendPoints.years(target).stream().map(year -> TrendPoints.actual(snapshot, target, year)
                .map(BigDecimal::toPlainString).orElse("")).toList();
    }

    /** The path's values to one decimal: the chart's own precision is the division's. */
    private static List<String> path(String code) {
        NumericalTarget target = target(code);
        Optional<BigDecimal> baseline = snapshot.evaluation(target).baseline();
        return TrendPoints.years(target).stream().map(year -> TrendPoints.path(target, baseline, year)
                .map(v -> v.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()).orElse("")).toList();
    }

    @Test
    void aSum_plotsItsRunningTotal_fromZero_againstAPathFromZeroToTheTarget() {
        assertEquals(List.of("0", "40", "100", "155", "", "", ""), actuals("T1-1"), "R2 to R8");
        assertEquals(List.of("0", "50", "100", "150", "200", "250", "300"), path("T1-1"));
        assertEquals("累計（実績）", TrendPoints.actualName(target("T1-1")));
    }

    @Test
    void anEveryYearTarget_isAFlatLine_fromItsFirstYearGraded() {
        assertEquals(List.of("R4", "R5", "R6", "R7", "R8"),
                TrendPoints.years(target("K1-2-1")).stream().map(FiscalYear::shortCode).toList());
        assertEquals(List.of("0", "0", "0", "0", "0"), path("K1-2-1"));
        assertEquals(List.of("", "100", "100", "100", "100", "100", "100"), path("K2-1-3"), "none in the baseline year");
    }

    @Test
    void aTrend_hasNoPath_aNewIndicator_startsFromZero_aLevel_fromItsBaseline() {
        assertEquals(List.of("", "", "", "", "", "", ""), path("K2-1-2"));
        assertEquals(List.of("120", "125", "130", "140", "", "", ""), actuals("K2-1-2"));
        assertEquals(List.of("R3", "R4", "R5", "R6", "R7", "R8"),
                TrendPoints.years(target("K1-1-2")).stream().map(FiscalYear::shortCode).toList(), "no R2: no baseline");
        assertEquals("16.7", path("K1-1-2").get(0), "100 × 1/6 in R3");
        assertEquals(List.of("800", "866.7", "933.3", "1000", "1066.7", "1133.3", "1200"), path("T2-2"),
                "a level: the straight line from its baseline (the interim is not drawn)");
    }
}
