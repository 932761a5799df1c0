package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A successor plan's lineage keys as one file can check them: {@code succeeds}, {@code continues}, {@code baseline.from}. */
class LineageFileTest {

    static final String SUCCESSOR = """
            plan:
              code: next
              title: 次期戦略
              municipality: 金沢市
              period: {from: R7, to: R11}
              succeeds: kanazawa-2nd
            goals:
              - number: 3
                title: 目標3
                targets:
                  - code: T3-1
                    name: 金沢地域の年間入込客数
                    unit: 万人
                    direction: INCREASE
                    continues: T3-1
                    baseline: {from: kanazawa-2nd/T3-1, year: R6, note: 第2次戦略の最終年度の実績}
                    target: {year: R11, value: 1300}
                policies: []
            """;

    @TempDir
    Path dir;

    private StrategyPlan load(String yaml) throws Exception {
        Path file = dir.resolve("next.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return PlanFileLoader.load(file, "next.yaml");
    }

    private Problem only(String yaml) throws Exception {
        Path file = dir.resolve("next.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        List<Problem> problems = assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "next.yaml")).problems();
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private static void assertAt(Problem problem, int line, String field, String messagePart) {
        LocatedProblems.assertAt(problem, "next.yaml", line, field, messagePart);
    }

    @Test
    void successor_loadsItsLineage() throws Exception {
        StrategyPlan plan = load(SUCCESSOR);

        assertEquals(Optional.of("kanazawa-2nd"), plan.succeeds());
        NumericalTarget visitors = plan.target(new TargetCode(3, 1)).orElseThrow();
        assertEquals(Optional.of(new TargetCode(3, 1)), visitors.continues());
        Baseline.Inherited baseline = (Baseline.Inherited) visitors.baseline();
        assertEquals("kanazawa-2nd/T3-1", baseline.source());
        assertEquals(FiscalYear.parse("R6"), baseline.year());
        assertEquals("第2次戦略の最終年度の実績", baseline.note());
        assertEquals(FiscalYear.parse("R7"), visitors.countedFrom());
        assertEquals(FiscalYear.parse("R7"), visitors.firstYearDue(), "R6 is reported under kanazawa-2nd");
    }

    @Test
    void planSucceedingItself_isAnError() throws Exception {
        Problem problem = only(SUCCESSOR.replace("succeeds: kanazawa-2nd", "succeeds: next"));

        assertAt(problem, 6, "plan.succeeds", "この計画自身（next）");
    }

    @Test
    void continuesWithoutAPredecessor_isAnError() throws Exception {
        Problem problem = only(SUCCESSOR.replace("  succeeds: kanazawa-2nd\n", "")
                .replace("baseline: {from: kanazawa-2nd/T3-1, year: R6, note: 第2次戦略の最終年度の実績}",
                        "baseline: {year: R6, value: 1100}"));

        assertAt(problem, 14, "goals[0].targets[0].continues", "plan.succeeds");
    }

    @Test
    void continuesNamingNoTargetCode_isAnError() throws Exception {
        Problem problem = only(SUCCESSOR.replace("continues: T3-1", "continues: P3-1"));

        assertAt(problem, 15, "goals[0].targets[0].continues", "目標・KPI のコード");
    }

    @Test
    void baselineFromMalformed_isAnError() throws Exception {
        Problem problem = only(SUCCESSOR.replace("from: kanazawa-2nd/T3-1", "from: kanazawa-2nd"));

        assertAt(problem, 16, "goals[0].targets[0].baseline.from", "「計画コード/目標コード」");
        assertEquals("例: kanazawa-2nd/T3-1", problem.hint());
    }

    @Test
    void baselineFromThePlanItself_isAnError() throws Exception {
        Problem problem = only(SUCCESSOR.replace("from: kanazawa-2nd/T3-1", "from: next/T3-1"));

        assertAt(problem, 16, "goals[0].targets[0].baseline.from", "この計画自身（next）");
        assertTrue(problem.hint().contains("pending: true"), problem.hint());
    }

    @Test
    void baselineFromTogetherWithAValue_isAnError() throws Exception {
        Problem problem = only(SUCCESSOR.replace("year: R6, note", "year: R6, value: 1100, note"));

        assertAt(problem, 16, "goals[0].targets[0].baseline", "from（前の計画の実績）のどれか1つ");
    }

    @Test
    void baselineFromWithoutAYear_isAnError() throws Exception {
        Problem problem = only(SUCCESSOR.replace("year: R6, note", "note"));

        assertAt(problem, 16, "goals[0].targets[0].baseline.year", "「year」がありません");
    }

    @Test
    void baselineFromOnAMilestone_isAnError() throws Exception {
        Problem problem = only(SUCCESSOR.replace("direction: INCREASE", "direction: MILESTONE\n        states: [未整備, 整備]")
                .replace("target: {year: R11, value: 1300}", "target: {year: R11, state: 整備}"));

        assertTrue(problem.message().contains("種類が違います"), problem::describe);
    }
}
