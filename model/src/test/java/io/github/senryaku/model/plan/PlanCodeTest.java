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
    @ValueSource(strings = {"", "T3", "G1-1", "P1", "M1-1", "X1-1", "T0-1", "T3-1-1", "T-1"})
    void parse_wrongShapes_areNotCodes(String typed) {
        assertTrue(PlanCode.parse(typed).isEmpty(), typed);
    }
}
