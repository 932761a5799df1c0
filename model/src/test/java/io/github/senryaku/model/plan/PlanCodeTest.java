package io.github.senryaku.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"T3-1", "t3-1", "Ｔ３ー１", "T3‐1", "T3–1", "T3—1", "T3−1", "T3ｰ1", "T3－1", " T3 - 1 "})
    void parse_everyDashAndWidth_readsTheSameTargetCode(String typed) {
        assertEquals(Optional.of(new TargetCode(3, 1)), PlanCode.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"M2-3-1", "ｍ２－３－１"})
    void parse_measureCode_hasGoalPolicyAndNumber(String typed) {
        PlanCode code = PlanCode.parse(typed).orElseThrow();

        assertEquals(new MeasureCode(2, 3, 1), code);
        assertEquals("M2-3-1", code.text());
        assertEquals(new PolicyCode(2, 3), ((MeasureCode) code).policyCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "T3", "G1-1", "P1", "M1-1", "X1-1", "T1-0", "G0", "P0-1", "K0-1-1", "K1-0-1", "K1-2", "T3-1-1", "T-1"})
    void parse_wrongShapes_areNotCodes(String typed) {
        assertTrue(PlanCode.parse(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"K1-2-1", "ｋ１－２－１"})
    void parse_kpiCode_belongsToItsPolicy(String typed) {
        TargetCode code = (TargetCode) PlanCode.parse(typed).orElseThrow();

        assertEquals(TargetCode.kpi(new PolicyCode(1, 2), 1), code);
        assertEquals("K1-2-1", code.text());
        assertEquals(IndicatorKind.KPI, code.kind());
        assertEquals(Optional.of(new PolicyCode(1, 2)), code.policyCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"T0-1", "Ｔ０－１"})
    void parse_planWideTarget_hasGoalZero(String typed) {
        TargetCode code = (TargetCode) PlanCode.parse(typed).orElseThrow();

        assertEquals("T0-1", code.text());
        assertEquals(IndicatorKind.OVERALL, code.kind());
        assertTrue(code.goalCode().isEmpty());
    }
}
