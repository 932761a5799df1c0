package io.github.senryaku.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.testing.RevisedKanazawa;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan JSON of a revised plan and of a successor: fields present only for plans that have them. */
class PlanJsonLineageTest {

    @TempDir
    Path dir;

    @Test
    void aRevisedPlan_namesItsVersion_andEachRevisionWithWhetherItApplies() throws Exception {
        var revised = PlanFileLoader.load(RevisedKanazawa.writeTo(dir)).inForce(FiscalYear.parse("R4"));

        JsonNode plan = new ObjectMapper().readTree(PlanJson.of(revised)).get("plan");

        assertEquals("改訂版（令和4年3月改訂（サンプル））", plan.get("version").asText());
        assertTrue(plan.get("revisions").get(0).get("applied").asBoolean());
        assertFalse(plan.get("revisions").get(1).get("applied").asBoolean());
        assertEquals("T4-1", plan.get("revisions").get(1).get("changes").get(0).get("code").asText());
        assertEquals("連携事業の再編により廃止（サンプル）", plan.get("revisions").get(1).get("changes").get(0).get("reason").asText());
    }

    @Test
    void aSuccessor_namesThePlanItSucceeds_andWhatEachTargetContinues() throws Exception {
        JsonNode root = new ObjectMapper().readTree(PlanJson.of(PlanFileLoader.load(
                ProjectFiles.config("plans/sample-successor.yaml"))));

        assertEquals("kanazawa-2nd", root.get("plan").get("succeeds").asText());
        JsonNode t31 = root.get("goals").get(2).get("targets").get(0);
        assertEquals("T3-1", t31.get("continues").asText());
        assertEquals("kanazawa-2nd/T3-1", t31.get("baseline").get("from").asText());
    }

    @Test
    void aPlanWithoutThem_hasNoneOfTheseFields() throws Exception {
        JsonNode plan = new ObjectMapper().readTree(PlanJson.of(PlanFileLoader.load(ProjectFiles.kanazawaPlan()))).get("plan");

        assertFalse(plan.has("succeeds"));
        assertFalse(plan.has("revisions"));
    }
}
