package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule of the plan file, fed a file that breaks it; messages name file, line and field. */
class PlanFileLoaderTest {

    /** A small valid plan; line numbers below refer to this text. */
    static final String VALID = """
            plan:
              code: test
              title: テスト戦略
              municipality: 金沢市
              period: {from: R2, to: R6}
            goals:
              - number: 1
                title: 目標1
                targets:
                  - code: T1-1
                    name: 来訪者数
                    unit: 万人
                    direction: INCREASE
                    baseline: {year: H30, value: 1045}
                    target: {year: R6, value: 1121}
                policies:
                  - code: P1-1
                    title: 施策1
                    measures:
                      - code: M1-1-1
                        title: 取組1
                        new: true
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private List<Problem> problems(String yaml) throws Exception {
        Path file = write(yaml);
        InvalidFileException rejected = assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "plan.yaml"));
        return rejected.problems();
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> problems.toString());
        return problems.get(0);
    }

    private static void assertAt(Problem problem, int line, String field, String messagePart) {
        Location.Line location = (Location.Line) problem.location();
        assertEquals("plan.yaml", location.file());
        assertEquals(line, location.line(), problem::describe);
        assertEquals(field, location.field(), problem::describe);
        assertTrue(problem.message().contains(messagePart), problem::describe);
    }

    @Test
    void validFile_loads() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(write(VALID));

        assertEquals("テスト戦略", plan.title());
        assertEquals("M1-1-1", plan.measures().findFirst().orElseThrow().code().text());
        assertTrue(plan.measures().findFirst().orElseThrow().isNew());
    }

    @Test
    void unknownKey_isNamedWithTheKeysThatExist() throws Exception {
        Problem problem = only(problems(VALID.replace("        unit: 万人\n", "        unit: 万人\n        units: 人\n")));

        assertAt(problem, 13, "goals[0].targets[0].units", "知らないキー");
        assertEquals("units", problem.input());
        assertTrue(problem.hint().contains("unit"), problem.hint());
    }

    @Test
    void duplicateCode_namesBothLines() throws Exception {
        String twice = VALID + "          - code: M1-1-1\n            title: 取組2\n";

        Problem problem = only(problems(twice));

        assertAt(problem, 23, "goals[0].policies[0].measures[1].code", "重複");
        assertTrue(problem.message().contains("20行目"), problem.message());
    }

    @Test
    void missingUnit_isAnError_andNullMeansNoUnit() throws Exception {
        Problem problem = only(problems(VALID.replace("        unit: 万人\n", "")));

        assertAt(problem, 10, "goals[0].targets[0].unit", "単位");
        assertTrue(problem.hint().contains("unit: null"), problem.hint());
        assertTrue(PlanFileLoader.load(write(VALID.replace("unit: 万人", "unit: null"))).targets().findFirst()
                .orElseThrow().unit().isNone());
    }

    @Test
    void targetYearOutsideThePlanPeriod_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("target: {year: R6, value: 1121}", "target: {year: R8, value: 1121}")));

        assertAt(problem, 15, "goals[0].targets[0].target.year", "計画期間");
        assertEquals("令和8年度", problem.input());
    }

    @Test
    void baselineAndTargetOfDifferentKinds_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("target: {year: R6, value: 1121}", "target: {year: R6, state: 整備}")));

        assertAt(problem, 15, "goals[0].targets[0].target", "種類が違います");
    }

    @Test
    void malformedYear_isQuoted() throws Exception {
        Problem problem = only(problems(VALID.replace("baseline: {year: H30", "baseline: {year: 平成三十")));

        assertAt(problem, 14, "goals[0].targets[0].baseline.year", "「平成三十」");
    }

    @Test
    void codeOfAnotherGoal_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("code: T1-1", "code: T2-1")));

        assertAt(problem, 10, "goals[0].targets[0].code", "所属");
    }

    @Test
    void directionAgainstTheFigures_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("direction: INCREASE", "direction: DECREASE")));

        assertAt(problem, 13, "goals[0].targets[0].direction", "DECREASE");
    }

    @Test
    void milestoneWithoutStates_isAnError() throws Exception {
        String milestone = VALID.replace("direction: INCREASE", "direction: MILESTONE")
                .replace("baseline: {year: H30, value: 1045}", "baseline: {year: H30, state: 未整備}")
                .replace("target: {year: R6, value: 1121}", "target: {year: R6, state: 整備}");

        Problem problem = only(problems(milestone));

        assertAt(problem, 10, "goals[0].targets[0].states", "states");
        assertTrue(PlanFileLoader.load(write(milestone.replace("direction: MILESTONE",
                "direction: MILESTONE\n        states: [未整備, 整備中, 整備]"))).targets().findFirst().orElseThrow()
                .baseline() instanceof Baseline.State);
    }

    @Test
    void manyMistakes_areAllReported() throws Exception {
        String bad = VALID.replace("        unit: 万人\n", "")
                .replace("target: {year: R6, value: 1121}", "target: {year: R9, value: 1121}")
                .replace("code: M1-1-1", "code: X1")
                .replace("title: テスト戦略", "titel: テスト戦略");

        List<Problem> problems = problems(bad);

        assertEquals(5, problems.size(), problems.toString()); // unknown titel, missing title, unit, code, year
    }

    @Test
    void yamlSyntaxError_isOneLocatedProblem() throws Exception {
        Problem problem = only(problems(VALID.replace("title: 施策1", "title: [施策1")));

        assertTrue(problem.message().contains("YAML"), problem::describe);
        assertTrue(((Location.Line) problem.location()).line() > 0, problem::describe);
    }

    @Test
    void missingFile_isAProblemNotAStackTrace() {
        InvalidFileException rejected = assertThrows(InvalidFileException.class,
                () -> PlanFileLoader.load(dir.resolve("none.yaml"), "none.yaml"));

        assertTrue(rejected.getMessage().startsWith("none.yaml: ファイルがありません"), rejected.getMessage());
    }

    @Test
    void notUtf8_isAProblemNotAStackTrace() throws Exception {
        Path file = dir.resolve("sjis.yaml");
        Files.write(file, VALID.getBytes(java.nio.charset.Charset.forName("Shift_JIS")));

        InvalidFileException rejected = assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "sjis.yaml"));

        assertTrue(rejected.getMessage().contains("UTF-8"), rejected.getMessage());
    }
}
