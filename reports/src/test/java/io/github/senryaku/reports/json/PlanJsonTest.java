package io.github.senryaku.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.testing.SampleTargets;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON contract, read back as JSON, for the Kanazawa plan. */
class PlanJsonTest {

    /** Reads decimals exactly, so {@code 1.50} stays 1.50 as the plan writes it. */
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private static StrategyPlan plan;
    private static JsonNode json;

    @BeforeAll
    static void render() throws Exception {
        plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        json = READER.readTree(PlanJson.of(plan));
    }

    private static JsonNode target(JsonNode root, int goal, int index) {
        return root.get("goals").get(goal - 1).get("targets").get(index);
    }

    @Test
    void header_hasGregorianPeriod() {
        assertEquals("kanazawa-2nd", json.at("/plan/code").asText());
        assertEquals("第2次金沢版総合戦略", json.at("/plan/title").asText());
        assertEquals("金沢市", json.at("/plan/municipality").asText());
        assertEquals(2020, json.at("/plan/period/from").asInt());
        assertEquals(2024, json.at("/plan/period/to").asInt());
    }

    @Test
    void goals_inNumberOrder_withCodes() {
        assertEquals(4, json.get("goals").size());
        for (int i = 0; i < 4; i++) {
            assertEquals("G" + (i + 1), json.get("goals").get(i).get("code").asText());
            assertEquals(i + 1, json.get("goals").get(i).get("number").asInt());
        }
    }

    @Test
    void pendingBaseline_rateWithoutUnit_andReference() {
        JsonNode birthRate = target(json, 1, 0);

        assertEquals("T1-1", birthRate.get("code").asText());
        assertTrue(birthRate.get("unit").isNull());
        assertEquals("CALENDAR_YEAR", birthRate.get("periodKind").asText());
        assertEquals(2018, birthRate.at("/baseline/year").asInt());
        assertTrue(birthRate.at("/baseline/value").isNull());
        assertTrue(birthRate.at("/baseline/pending").asBoolean());
        assertEquals("3月公表予定", birthRate.at("/baseline/note").asText());
        assertEquals("1.69", birthRate.at("/target/value").decimalValue().toPlainString());
        assertEquals(2017, birthRate.at("/reference/year").asInt());
        assertEquals("1.50", birthRate.at("/reference/value").decimalValue().toPlainString());
    }

    @Test
    void approximateBaseline_keepsValueAndApproximation() {
        JsonNode students = target(json, 2, 0);

        assertEquals("DECREASE", students.get("direction").asText());
        assertEquals(2000, students.at("/baseline/value").asInt());
        assertTrue(students.at("/baseline/approximate").asBoolean());
        assertFalse(students.at("/baseline/pending").asBoolean());
        assertTrue(students.get("reference").isNull());
        assertEquals("人", students.get("unit").asText());
    }

    @Test
    void milestone_hasStatesNotValues() {
        JsonNode centre = target(json, 3, 1);

        assertEquals("MILESTONE", centre.get("direction").asText());
        assertEquals("未整備", centre.at("/baseline/state").asText());
        assertEquals("整備", centre.at("/target/state").asText());
        assertTrue(centre.at("/target/value").isNull());
    }

    @Test
    void policiesAndMeasures_withNewFlags_andGlossary() {
        JsonNode policy = json.get("goals").get(0).get("policies").get(0);

        assertEquals("P1-1", policy.get("code").asText());
        assertEquals(1, policy.get("number").asInt());
        assertEquals("M1-1-3", policy.at("/measures/2/code").asText());
        assertTrue(policy.at("/measures/2/isNew").asBoolean());
        assertFalse(policy.at("/measures/0/isNew").asBoolean());
        assertEquals("リカレント教育", json.at("/glossary/0/term").asText());
        assertEquals(16, json.findValues("policies").stream().mapToInt(JsonNode::size).sum());
    }

    @Test
    void evaluated_targetsCarryTheirEvaluation() throws Exception {
        PlanActuals actuals = new PlanActuals(Map.of(new TargetCode(2, 1),
                SampleTargets.series("R6", SampleTargets.figure("1900"))));
        EvaluatedPlan evaluated = EvaluatedPlan.of(plan, RulebookFileLoader.load(ProjectFiles.defaultRulebook()), actuals,
                FiscalYear.parse("R6"));

        JsonNode students = target(READER.readTree(PlanJson.of(evaluated)), 2, 0).get("evaluation");

        assertEquals(2024, students.get("year").asInt());
        assertEquals(1900, students.get("actual").asInt());
        assertEquals("50.00", students.get("rate").decimalValue().toPlainString());
        assertEquals("100.00", students.get("expected").decimalValue().toPlainString());
        assertEquals("C", students.get("grade").asText());
        assertTrue(students.get("projection").isObject());
    }
}
