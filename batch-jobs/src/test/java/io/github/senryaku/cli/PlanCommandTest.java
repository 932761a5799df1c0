package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.senryaku.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    @TempDir
    Path dir;

    @Test
    void showJson_printsTheWholeKanazawaPlan() throws Exception {
        CliRun run = CliRun.of("plan", "show", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("第2次金沢版総合戦略", json.at("/plan/title").asText());
        assertEquals(4, json.get("goals").size());
        assertEquals(5, json.findValues("targets").stream().mapToInt(JsonNode::size).sum());
        assertEquals(16, json.findValues("policies").stream().mapToInt(JsonNode::size).sum());
        assertEquals(23, json.findValues("measures").stream().mapToInt(JsonNode::size).sum());
        assertTrue(json.findValues("evaluation").isEmpty(), "no evaluation without --year");
    }

    @Test
    void showJson_withYear_evaluatesEveryTarget() throws Exception {
        CliRun run = CliRun.of("plan", "show", "--format", "json", "--year", "令和３年度");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(2021, json.at("/plan/evaluatedYear").asInt());
        assertEquals(5, json.findValues("evaluation").size());
        assertEquals("N", json.at("/goals/1/targets/0/evaluation/grade").asText());
        assertEquals("実績が未提出です", json.at("/goals/1/targets/0/evaluation/reason").asText());
    }

    @Test
    void showText_defaultsToTheLastClosedYearOfThePlan() {
        CliRun run = CliRun.of("plan", "show");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("評価年度: 令和6年度（2024年度）"), run.out());
    }

    @Test
    void show_unreadableYear_isAUsageErrorQuotingIt() {
        CliRun run = CliRun.of("plan", "show", "--year", "令和六年");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("「令和六年」は年度として読めません"), run.err());
    }

    @Test
    void validate_theKanazawaPlan_isValid() {
        CliRun run = CliRun.of("plan", "validate", ProjectFiles.kanazawaPlan().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("問題はありません（基本目標 4・数値目標 5・主要施策 16・取組 23・用語解説 1）"), run.out());
    }

    @Test
    void validate_countsPlanWideTargetsNumericalTargetsAndKpisApart() {
        CliRun run = CliRun.of("plan", "validate", ProjectFiles.config("plans/sample-shapes.yaml").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("問題はありません（基本目標 2・全体目標 2・数値目標 4・KPI 6（再掲 2）・主要施策 3・取組 5・用語解説 2）"),
                run.out());
    }

    @Test
    void validate_badFile_listsEveryProblemAndExitsOne() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(ProjectFiles.kanazawaPlan())
                .replace("        unit: 万人\n", "")
                .replace("target: {year: R6, value: 99}", "target: {year: R7, value: 99}"));

        int targetLine = Files.readAllLines(bad).indexOf("      - code: T3-1") + 1;

        CliRun run = CliRun.of("plan", "validate", bad.toString());

        assertEquals(1, run.exitCode());
        assertTrue(targetLine > 0);
        assertTrue(run.err().contains(bad + ":" + targetLine + " (goals[2].targets[0].unit): 単位（unit）がありません"), run.err());
        assertTrue(run.err().contains("(goals[3].targets[0].target.year): 目標年度が計画期間"), run.err());
        assertTrue(run.err().contains("問題が 2 件あります。"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void validate_missingFile_isOneLineNotAStackTrace() {
        CliRun run = CliRun.of("plan", "validate", dir.resolve("none.yaml").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("none.yaml: ファイルがありません"), run.err());
        assertFalse(run.err().contains("at io.github"), run.err());
    }

    @Test
    void validate_fileNested3000Deep_isOneLocatedLine_notAStackTrace() throws Exception {
        Path deep = dir.resolve("deep.yaml");
        Files.writeString(deep, "plan:\n  code: x\n  deep: " + "[".repeat(3000) + "]".repeat(3000) + "\n");

        CliRun run = CliRun.of("plan", "validate", deep.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("deep.yaml:3: 入れ子が深すぎます（上限 50 段）"), run.err());
        assertTrue(run.err().lines().count() < 5, run.err());
        assertFalse(run.err().contains("StackOverflowError") || run.err().contains("\tat "), run.err());
    }

    @Test
    void rulebook_chosenByTheSettingsFile() throws Exception {
        Files.writeString(dir.resolve("senryaku.yaml"), "plan: " + ProjectFiles.kanazawaPlan() + "\nrulebook: "
                + ProjectFiles.ibarakiRulebook() + "\n");

        CliRun run = CliRun.of("plan", "show", "--config", dir.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("評価基準: 期待値に対する進捗による評価（茨城県方式）"), run.out());
    }

    @Test
    void rulebook_environmentOverridesTheSettingsFile_andTheOptionOverridesBoth() {
        Map<String, String> environment = Map.of("SENRYAKU_RULEBOOK", ProjectFiles.ibarakiRulebook().toString());

        CliRun fromEnvironment = CliRun.withEnvironment(environment, "plan", "show");
        CliRun fromOption = CliRun.withEnvironment(environment, "plan", "show", "--rulebook",
                ProjectFiles.defaultRulebook().toString());

        assertTrue(fromEnvironment.out().contains("茨城県方式"), fromEnvironment.out());
        assertTrue(fromOption.out().contains("評価基準: 達成率と期待値による評価"), fromOption.out());
    }

    @Test
    void settingsFile_unknownKey_isNamedWithItsLine() throws Exception {
        Files.writeString(dir.resolve("senryaku.yaml"), "plan: plans/x.yaml\nrulbook: rulebooks/default.yaml\n");

        CliRun run = CliRun.of("plan", "show", "--config", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("senryaku.yaml:2 (rulbook): 知らないキーです"), run.err());
    }
}
