package io.github.senryaku.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON contract for the サンプル plan of every target shape, evaluated for R5, read back as JSON. */
class PlanJsonShapesTest {

    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private static JsonNode json;

    @BeforeAll
    static void render() throws Exception {
        json = READER.readTree(PlanJson.of(ShapesSnapshot.r5().evaluated()));
    }

    /** Any indicator by code, wherever it sits: plan-wide, a goal's, or a policy's. */
    private static JsonNode target(String code) {
        List<JsonNode> all = new ArrayList<>();
        json.at("/plan/targets").forEach(all::add);
        json.get("goals").forEach(goal -> {
            goal.get("targets").forEach(all::add);
            goal.get("policies").forEach(policy -> policy.get("targets").forEach(all::add));
        });
        return all.stream().filter(t -> t.get("code").asText().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code));
    }

    @Test
    void planWideTargets_areThePlansTargets_withTheirEvaluation() {
        JsonNode overall = json.at("/plan/targets");

        assertEquals(2, overall.size());
        assertEquals("T0-1", overall.get(0).get("code").asText());
        assertEquals("OVERALL", overall.get(0).get("kind").asText());
        assertTrue(overall.get(0).get("policy").isNull());
        assertEquals("C", overall.get(0).at("/evaluation/grade").asText());
        assertEquals("人口動態統計（2020年）", overall.get(0).at("/baseline/note").asText(),
                "a figure baseline's note is kept, not dropped as null");
    }

    @Test
    void policyKpis_underTheirPolicy_andReprintsByCode() {
        JsonNode p12 = json.at("/goals/0/policies/1");

        assertEquals("P1-2", p12.get("code").asText());
        assertEquals(1, p12.get("targets").size());
        assertEquals("K1-2-1", p12.at("/targets/0/code").asText());
        assertEquals("KPI", p12.at("/targets/0/kind").asText());
        assertEquals("P1-2", p12.at("/targets/0/policy").asText());
        assertEquals("K1-1-1", p12.at("/reprints/0").asText());
        assertEquals(0, json.at("/goals/0/policies/0/reprints").size());
    }

    @Test
    void aSum_itsShape_theValueGraded_andTheInterimItWasGradedAgainst() {
        JsonNode sum = target("T1-1");

        assertEquals("CUMULATIVE", sum.get("aggregation").asText());
        assertEquals(2021, sum.get("from").asInt());
        assertEquals(2023, sum.at("/interim/0/year").asInt());
        assertEquals(150, sum.at("/interim/0/value").asInt());
        assertEquals("令和3～8年度の累計", sum.at("/target/note").asText());
        JsonNode evaluation = sum.get("evaluation");
        assertEquals(55, evaluation.get("actual").asInt(), "the year's own figure, as before");
        assertEquals(155, evaluation.at("/measured/value").asInt());
        assertEquals("CUMULATIVE", evaluation.at("/measured/aggregation").asText());
        assertEquals(2021, evaluation.at("/measured/from").asInt());
        assertEquals(2023, evaluation.at("/measured/to").asInt());
        assertEquals("R3～R5累計", evaluation.at("/measured/label").asText());
        assertEquals(2023, evaluation.at("/against/year").asInt());
        assertEquals(150, evaluation.at("/against/value").asInt());
        assertEquals("103.33", evaluation.get("rate").decimalValue().toPlainString());
    }

    @Test
    void surveyYears_aCarriedFigure_andAMaintainTolerance() {
        JsonNode census = target("T0-2");

        assertEquals("MAINTAIN", census.get("direction").asText());
        assertEquals("2", census.get("tolerance").decimalValue().toPlainString());
        assertEquals(List.of(2020, 2025), List.of(census.at("/surveyYears/0").asInt(), census.at("/surveyYears/1").asInt()));
        assertTrue(census.at("/evaluation/actual").isNull(), "nothing reported in R5");
        assertTrue(census.at("/evaluation/measured/carried").asBoolean());
        assertEquals("R2調査", census.at("/evaluation/measured/label").asText());
        assertEquals(0, target("T1-1").get("surveyYears").size(), "every year: an empty list");
        assertTrue(target("T1-1").get("tolerance").isNull());
    }

    @Test
    void noBaseline_everyYear_andTrendTargets() {
        JsonNode partners = target("K1-1-2");
        assertTrue(partners.at("/baseline/none").asBoolean());
        assertTrue(partners.at("/baseline/year").isNull(), "no year of a figure that does not exist");
        assertTrue(partners.at("/baseline/value").isNull());
        assertEquals("新規", partners.at("/baseline/note").asText());
        assertEquals("県の調査による参考値", partners.at("/reference/note").asText());

        JsonNode waiting = target("K1-2-1");
        assertTrue(waiting.at("/target/eachYear").asBoolean());
        assertEquals(0, waiting.at("/target/value").asInt());
        assertEquals(2022, waiting.get("from").asInt());

        JsonNode consultations = target("K2-1-2");
        assertTrue(consultations.at("/target/trend").asBoolean());
        assertTrue(consultations.at("/target/value").isNull());
        assertEquals("増加", consultations.at("/target/note").asText());
        assertTrue(consultations.at("/evaluation/rate").isNull());
        assertEquals("A", consultations.at("/evaluation/grade").asText());

        assertFalse(target("T1-1").at("/baseline/none").asBoolean());
        assertFalse(target("T1-1").at("/target/eachYear").asBoolean());
    }
}
