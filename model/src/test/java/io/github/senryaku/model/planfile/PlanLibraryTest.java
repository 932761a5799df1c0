package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.testing.RevisedKanazawa;
import io.github.senryaku.model.testing.SampleTargets;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plans folder read as a whole: lookups, and every check across plans fed a folder that breaks it. */
class PlanLibraryTest {

    @TempDir
    Path dir;

    /**
     * A small plan: line 6 is {@code succeeds} when given; its one target T1-1 (INCREASE, H30 → R6 in
     * a R2–R6 plan) has {@code extra} lines (continues, baseline) written after its direction.
     */
    private static String plan(String code, String period, String succeeds, String... extra) {
        StringBuilder yaml = new StringBuilder("plan:\n  code: " + code + "\n  title: " + code + "\n  municipality: 金沢市\n"
                + "  period: " + period + "\n");
        if (succeeds != null) {
            yaml.append("  succeeds: ").append(succeeds).append('\n');
        }
        yaml.append("goals:\n  - number: 1\n    title: 目標1\n    targets:\n      - code: T1-1\n        name: 指標\n"
                + "        unit: 人\n        direction: INCREASE\n");
        for (String line : extra) {
            yaml.append("        ").append(line).append('\n');
        }
        if (String.join("", extra).indexOf("baseline") < 0) {
            yaml.append("        baseline: {year: R1, value: 10}\n");
        }
        yaml.append("        target: {year: ").append(period.contains("R11") ? "R11" : "R6").append(", value: 20}\n");
        yaml.append("    policies: []\n");
        return yaml.toString();
    }

    private void write(String name, String yaml) throws Exception {
        Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    private List<Problem> problems() {
        return assertThrows(InvalidFileException.class, () -> PlanLibrary.load(dir, "plans")).problems();
    }

    private static Problem only(List<Problem> problems) {
        return LocatedProblems.only(problems);
    }

    private static void assertAt(Problem problem, String file, int line, String field, String messagePart) {
        LocatedProblems.assertAt(problem, file, line, field, messagePart);
    }

    @Test
    void configPlans_loadTogether_andAnswerLookups() throws Exception {
        PlanLibrary library = PlanLibrary.load(ProjectFiles.config("plans"));

        assertEquals(List.of("kanazawa-2nd", "sample-shapes", "sample-successor"),
                library.plans().stream().map(StrategyPlan::code).toList());
        StrategyPlan kanazawa = library.plan("kanazawa-2nd").orElseThrow();
        StrategyPlan successor = library.plan("sample-successor").orElseThrow();
        assertEquals(List.of("kanazawa-2nd", "sample-shapes"), codes(library.plansIn(FiscalYear.parse("R6"))));
        assertEquals(List.of("sample-shapes", "sample-successor"), codes(library.plansIn(FiscalYear.parse("R7"))));
        assertEquals(List.of(), codes(library.plansIn(FiscalYear.parse("R12"))));
        assertEquals(Optional.of(kanazawa), library.predecessor(successor));
        assertEquals(Optional.empty(), library.predecessor(kanazawa));
        assertEquals(List.of(successor), library.successors(kanazawa));
        assertEquals(ProjectFiles.config("plans/sample-successor.yaml"), library.file("sample-successor").orElseThrow());
        assertTrue(library.plan("kanazawa-3rd").isEmpty());
    }

    @Test
    void sampleSuccessor_continuesKanazawasTargets() throws Exception {
        PlanLibrary library = PlanLibrary.load(ProjectFiles.config("plans"));
        StrategyPlan successor = library.plan("sample-successor").orElseThrow();

        List<PlanLibrary.PlanTarget> lineage = library.lineage(successor, new TargetCode(3, 1));

        assertEquals(List.of("kanazawa-2nd", "sample-successor"), lineage.stream().map(step -> step.plan().code()).toList());
        assertEquals("1121", lineage.get(0).target().targetQuantity().orElseThrow().value().toPlainString());
        assertEquals(List.of("T1-1", "T2-1", "T3-1"), successor.history().inheritedBaselines().keySet().stream()
                .map(TargetCode::text).toList());
        assertEquals(1, library.lineage(successor, new TargetCode(3, 2)).size(), "T3-2 continues nothing");
    }

    @Test
    void sampleSuccessor_gradesT31FromKanazawasR6Actual_onceItExists() throws Exception {
        StrategyPlan successor = PlanLibrary.load(ProjectFiles.config("plans")).plan("sample-successor").orElseThrow();
        GradingRulebook rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
        TargetCode t31 = new TargetCode(3, 1);
        PlanActuals r7 = new PlanActuals(Map.of(t31, SampleTargets.series("R7", SampleTargets.figure("1140"))));
        FiscalYear year = FiscalYear.parse("R7");

        TargetEvaluation pending = EvaluatedPlan.of(successor, rulebook, r7, year).evaluation(t31);
        TargetEvaluation graded = EvaluatedPlan.of(successor, rulebook,
                r7.withInheritedBaselines(Map.of(t31, SampleTargets.figure("1120"))), year).evaluation(t31);

        assertEquals("N", pending.grade().grade().code());
        assertEquals("25.00", graded.rate().orElseThrow().rounded().toPlainString(), "(1140 − 1120) ÷ (1200 − 1120)");
        assertEquals("B", graded.grade().grade().code(), "期待値 20.00");
    }

    @Test
    void revisedPredecessor_lineageSeesItsLastVersion() throws Exception {
        RevisedKanazawa.writeTo(dir);
        Files.copy(ProjectFiles.config("plans/sample-successor.yaml"), dir.resolve("sample-successor.yaml"));

        PlanLibrary library = PlanLibrary.load(dir, "plans");

        StrategyPlan successor = library.plan("sample-successor").orElseThrow();
        assertEquals("1180", library.lineage(successor, new TargetCode(3, 1)).get(0).target().targetQuantity().orElseThrow()
                .value().toPlainString(), "T3-1 as the R5 revision left it");
    }

    @Test
    void twoFilesWithOnePlanCode_isAnError() throws Exception {
        write("a.yaml", plan("same", "{from: R2, to: R6}", null));
        write("b.yaml", plan("same", "{from: R2, to: R6}", null));

        Problem problem = only(problems());

        assertAt(problem, "plans/b.yaml", 2, "plan.code", "plans/a.yaml（2行目）と重複しています");
    }

    @Test
    void successorNamingItself_isAnError() throws Exception {
        write("a.yaml", plan("a", "{from: R2, to: R6}", "a"));

        assertAt(only(problems()), "plans/a.yaml", 6, "plan.succeeds", "この計画自身（a）");
    }

    @Test
    void successionCycle_isOneError() throws Exception {
        write("a.yaml", plan("a", "{from: R2, to: R6}", "b"));
        write("b.yaml", plan("b", "{from: R2, to: R6}", "c"));
        write("c.yaml", plan("c", "{from: R2, to: R6}", "a"));

        Problem problem = only(problems());

        assertAt(problem, "plans/a.yaml", 6, "plan.succeeds", "循環しています: a → b → c → a");
    }

    @Test
    void succeedsNamingAPlanNotInTheFolder_isAnError() throws Exception {
        write("next.yaml", plan("next", "{from: R7, to: R11}", "kanazawa-1st"));

        Problem problem = only(problems());

        assertAt(problem, "plans/next.yaml", 6, "plan.succeeds", "前の計画 kanazawa-1st が計画フォルダにありません");
        assertEquals("フォルダにある計画: next", problem.hint());
    }

    @Test
    void continuesNamingACodeThePredecessorLacks_isAnError() throws Exception {
        write("old.yaml", plan("old", "{from: R2, to: R6}", null));
        write("next.yaml", plan("next", "{from: R7, to: R11}", "old", "continues: T1-9", "baseline: {year: R6, value: 10}"));

        Problem problem = only(problems());

        assertAt(problem, "plans/next.yaml", 15, "goals[0].targets[0].continues", "前の計画 old に T1-9 がありません");
    }

    @Test
    void baselineFromAPlanNotInTheFolder_isAnError() throws Exception {
        write("next.yaml", plan("next", "{from: R7, to: R11}", null, "baseline: {from: kanazawa-1st/T1-1, year: R6}"));

        assertAt(only(problems()), "plans/next.yaml", 14, "goals[0].targets[0].baseline.from", "計画 kanazawa-1st が計画フォルダにありません");
    }

    @Test
    void baselineFromACodeThePlanLacks_isAnError() throws Exception {
        write("old.yaml", plan("old", "{from: R2, to: R6}", null));
        write("next.yaml", plan("next", "{from: R7, to: R11}", null, "baseline: {from: old/T2-1, year: R6}"));

        assertAt(only(problems()), "plans/next.yaml", 14, "goals[0].targets[0].baseline.from", "計画 old に T2-1 がありません");
    }

    @Test
    void baselineFromAYearTheOldTargetWasNotReported_isAnError() throws Exception {
        write("old.yaml", plan("old", "{from: R2, to: R6}", null));
        write("next.yaml", plan("next", "{from: R7, to: R11}", null, "baseline: {from: old/T1-1, year: R7}"));

        assertAt(only(problems()), "plans/next.yaml", 14, "goals[0].targets[0].baseline.from",
                "old/T1-1 の実績の年度（令和元年度～令和6年度）の外です");
    }

    @Test
    void baselineFromATargetRetiredByThen_isAnError() throws Exception {
        RevisedKanazawa.writeTo(dir);
        write("next.yaml", plan("next", "{from: R7, to: R11}", "kanazawa-2nd", "continues: T4-1",
                "baseline: {from: kanazawa-2nd/T4-1, year: R6}"));

        Problem problem = only(problems());

        assertAt(problem, "plans/next.yaml", 16, "goals[0].targets[0].baseline.from", "令和5年度から廃止されているため");
    }

    @Test
    void aFileWithItsOwnProblems_isReportedAlone() throws Exception {
        write("old.yaml", plan("old", "{from: R2, to: R6}", null).replace("        unit: 人\n", ""));
        write("next.yaml", plan("next", "{from: R7, to: R11}", "old", "continues: T1-9", "baseline: {year: R6, value: 10}"));

        Problem problem = only(problems());

        assertAt(problem, "plans/old.yaml", 10, "goals[0].targets[0].unit", "単位");
    }

    @Test
    void missingOrEmptyFolder_isAProblem() throws Exception {
        Problem missing = only(assertThrows(InvalidFileException.class,
                () -> PlanLibrary.load(dir.resolve("none"), "none")).problems());
        write("README.txt", "not a plan");
        Problem empty = only(problems());

        assertAt(missing, "none", 0, "", "計画のフォルダがありません");
        assertAt(empty, "plans", 0, "", "計画ファイル（*.yaml）が1つもありません");
    }

    private static List<String> codes(List<StrategyPlan> plans) {
        return plans.stream().map(StrategyPlan::code).toList();
    }
}
