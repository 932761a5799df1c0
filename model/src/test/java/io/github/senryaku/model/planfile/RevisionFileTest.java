package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanRevision;
import io.github.senryaku.model.plan.RevisionChange;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan file's {@code revisions:} (改訂): every rule fed a file that breaks it; messages name file, line and field. */
class RevisionFileTest {

    /** A small plan; the revisions (from line 36) are appended by each test. */
    static final String PLAN = """
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
                  - code: T1-2
                    name: 転出者数
                    unit: 人
                    direction: DECREASE
                    baseline: {year: H30, value: 2000}
                    target: {year: R6, value: 1800}
                    interim: [{year: R4, value: 1900}]
                policies:
                  - code: P1-1
                    title: 施策1
                    targets:
                      - code: K1-1-1
                        name: 相談件数
                        unit: 件
                        direction: INCREASE
                        baseline: {year: R1, value: 10}
                        target: {year: R6, value: 20}
                    measures:
                      - code: M1-1-1
                        title: 取組1
            revisions:
            """;

    @TempDir
    Path dir;

    /** The plan with one revision effective in {@code effective} (line 37) whose changes start at line 40. */
    private static String revised(String effective, String... changes) {
        return PLAN + revision(effective, "令和4年3月改訂", changes);
    }

    private static String revision(String effective, String title, String... changes) {
        StringBuilder text = new StringBuilder("  - effective: " + effective + "\n    title: " + title + "\n    changes:\n");
        for (String change : changes) {
            text.append("      - ").append(change).append('\n');
        }
        return text.toString();
    }

    private StrategyPlan load(String yaml) throws Exception {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return PlanFileLoader.load(file, "plan.yaml");
    }

    private List<Problem> problems(String yaml) throws Exception {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "plan.yaml")).problems();
    }

    private static Problem only(List<Problem> problems) {
        return LocatedProblems.only(problems);
    }

    private static void assertAt(Problem problem, int line, String field, String messagePart) {
        LocatedProblems.assertAt(problem, "plan.yaml", line, field, messagePart);
    }

    @Test
    void everyKindOfChange_loads_andHoldsFromItsYear() throws Exception {
        StrategyPlan plan = load(revised("R4",
                "{target: T1-1, value: 1150, reason: 早期達成のため上方修正}",
                "{target: T1-2, year: R5, value: 1850}",
                "{target: K1-1-1, name: 相談・支援件数}",
                "{measure: M1-1-1, title: 取組1（拡充）}",
                "add: {code: K1-1-2, name: 参加者数, unit: 人, direction: INCREASE, baseline: {year: R3, value: 5}, target: {year: R6, value: 9}}",
                "add: {code: M1-1-2, title: 取組2, new: true}")
                + revision("R5", "令和5年3月改訂", "{retire: K1-1-2, reason: 事業終了}", "{retire: M1-1-1}"));

        PlanRevision first = plan.revisions().get(0);
        assertEquals(FiscalYear.parse("R4"), first.effective());
        assertEquals("令和4年3月改訂", first.title());
        assertEquals(6, first.changes().size());
        assertEquals("早期達成のため上方修正", first.changes().get(0).reason());
        assertTrue(first.changes().get(2) instanceof RevisionChange.TargetRenamed);
        StrategyPlan r4 = plan.inForce(FiscalYear.parse("R4"));
        assertEquals("1150", r4.target(new TargetCode(1, 1)).orElseThrow().targetQuantity().orElseThrow().value().toPlainString());
        assertEquals(FiscalYear.parse("R5"), r4.target(new TargetCode(1, 2)).orElseThrow().target().year());
        assertEquals("相談・支援件数", r4.target(new TargetCode(1, 1, 1)).orElseThrow().name());
        assertTrue(r4.target(new TargetCode(1, 1, 2)).isPresent());
        assertEquals("取組1（拡充）", r4.measure(new MeasureCode(1, 1, 1)).orElseThrow().title());
        StrategyPlan r5 = plan.inForce(FiscalYear.parse("R5"));
        assertTrue(r5.target(new TargetCode(1, 1, 2)).isEmpty());
        assertTrue(r5.measure(new MeasureCode(1, 1, 1)).isEmpty());
        assertEquals(plan.goals(), plan.inForce(FiscalYear.parse("R3")).goals(), "before R4 the plan as written");
    }

    @Test
    void unknownCode_inAChange_isAnError() throws Exception {
        Problem problem = only(problems(revised("R4", "{target: T1-9, value: 1200}")));

        assertAt(problem, 40, "revisions[0].changes[0].target", "T1-9 は計画にありません");
    }

    @Test
    void unknownCode_retired_isAnError() throws Exception {
        Problem problem = only(problems(revised("R4", "{retire: M1-1-9}")));

        assertAt(problem, 40, "revisions[0].changes[0].retire", "M1-1-9 は計画にありません");
    }

    @Test
    void revisionBeforeThePlanStarts_isAnError() throws Exception {
        Problem problem = only(problems(revised("R1", "{target: T1-1, value: 1150}")));

        assertAt(problem, 37, "revisions[0].effective", "計画期間（令和2年度～令和6年度）の始まりより前");
        assertEquals("令和元年度", problem.input());
    }

    @Test
    void revisionAfterThePlanEnds_isAnError() throws Exception {
        Problem problem = only(problems(revised("R7", "{target: T1-1, value: 1150}")));

        assertAt(problem, 37, "revisions[0].effective", "終わりより後");
    }

    @Test
    void addingACodeThatExists_isAnError() throws Exception {
        Problem problem = only(problems(revised("R4",
                "add: {code: T1-1, name: 重複, unit: 人, direction: INCREASE, baseline: {year: R3, value: 5}, target: {year: R6, value: 9}}")));

        assertAt(problem, 40, "revisions[0].changes[0].add.code", "T1-1 は計画にすでにあります（10行目）");
    }

    @Test
    void addingARetiredCodeAgain_isAnError() throws Exception {
        Problem problem = only(problems(revised("R4", "{retire: M1-1-1}", "add: {code: M1-1-1, title: 別の取組}")));

        assertAt(problem, 41, "revisions[0].changes[1].add.code", "すでにあります（34行目）");
        assertTrue(problem.hint().contains("廃止したコードも使い回しません"), problem.hint());
    }

    @Test
    void retiringTwice_isAnError() throws Exception {
        Problem problem = only(problems(revised("R4", "{retire: T1-2}")
                + revision("R5", "令和5年3月改訂", "{retire: T1-2}")));

        assertAt(problem, 44, "revisions[1].changes[0].retire", "40行目で廃止しています");
    }

    @Test
    void changingARetiredTarget_isAnError() throws Exception {
        Problem problem = only(problems(revised("R4", "{retire: T1-2}")
                + revision("R5", "令和5年3月改訂", "{target: T1-2, value: 1700}")));

        assertAt(problem, 44, "revisions[1].changes[0].target", "40行目で廃止しています");
        assertTrue(problem.hint().contains("変更できません"), problem.hint());
    }

    @Test
    void newValueAgainstTheDirection_isAnError() throws Exception {
        List<Problem> problems = problems(revised("R4", "{target: T1-1, value: 1000}", "{target: T1-2, value: 2100}"));

        assertEquals(2, problems.size(), problems::toString);
        assertAt(problems.get(0), 40, "revisions[0].changes[0].value", "INCREASE（増加）と合いません");
        assertAt(problems.get(1), 41, "revisions[0].changes[1].value", "DECREASE（減少）と合いません");
    }

    @Test
    void revisionsOutOfOrder_isAnError() throws Exception {
        Problem problem = only(problems(revised("R5", "{target: T1-1, value: 1150}")
                + revision("R4", "令和4年3月改訂", "{target: T1-1, value: 1160}")));

        assertAt(problem, 41, "revisions[1].effective", "効力年度の順に並んでいません（37行目の改訂は令和5年度から）");
    }

    @Test
    void twoRevisionsFromTheSameYear_isAnError() throws Exception {
        Problem problem = only(problems(revised("R4", "{target: T1-1, value: 1150}")
                + revision("R4", "令和4年9月改訂", "{target: T1-1, value: 1160}")));

        assertAt(problem, 41, "revisions[1].effective", "37行目にもあります");
        assertEquals("1つの改訂にまとめます", problem.hint());
    }

    @Test
    void addedTarget_needsItsGoalOrPolicy() throws Exception {
        List<Problem> problems = problems(revised("R4",
                "add: {code: T5-1, name: 新指標, unit: 人, direction: INCREASE, baseline: {year: R3, value: 5}, target: {year: R6, value: 9}}",
                "add: {code: K1-9-1, name: 新指標, unit: 人, direction: INCREASE, baseline: {year: R3, value: 5}, target: {year: R6, value: 9}}"));

        assertEquals(2, problems.size(), problems::toString);
        assertAt(problems.get(0), 40, "revisions[0].changes[0].add.code", "基本目標5が計画にありません");
        assertAt(problems.get(1), 41, "revisions[0].changes[1].add.code", "施策 P1-9 が計画にありません");
    }

    @Test
    void addedTarget_isCheckedLikeAnyTarget() throws Exception {
        Problem problem = only(problems(revised("R4",
                "add: {code: T1-3, name: 新指標, unit: 人, direction: DECREASE, baseline: {year: R3, value: 5}, target: {year: R6, value: 9}}")));

        assertAt(problem, 40, "revisions[0].changes[0].add.direction", "DECREASE");
    }

    @Test
    void addedTarget_endingBeforeTheRevision_isAnError() throws Exception {
        Problem problem = only(problems(revised("R5",
                "add: {code: T1-3, name: 新指標, unit: 人, direction: INCREASE, baseline: {year: R2, value: 5}, target: {year: R4, value: 9}}")));

        assertAt(problem, 40, "revisions[0].changes[0].add.target", "改訂の効力年度（令和5年度）より前");
    }

    @Test
    void newYear_outsideThePeriod_orNotAfterTheInterim_isAnError() throws Exception {
        List<Problem> problems = problems(revised("R4", "{target: T1-1, year: R8}", "{target: T1-2, year: R4}"));

        assertEquals(2, problems.size(), problems::toString);
        assertAt(problems.get(0), 40, "revisions[0].changes[0].year", "計画期間（令和2年度～令和6年度）の外");
        assertAt(problems.get(1), 41, "revisions[0].changes[1].year", "中間目標の年度（令和4年度）より後ではありません");
    }

    @Test
    void aChangeSaysOneThing_andSomething() throws Exception {
        List<Problem> problems = problems(revised("R4", "{target: T1-1, retire: T1-2}", "{target: T1-1}", "{reason: なし}"));

        assertEquals(3, problems.size(), problems::toString);
        assertAt(problems.get(0), 40, "revisions[0].changes[0]", "どれか1つ");
        assertAt(problems.get(1), 41, "revisions[0].changes[1]", "変更する内容がありません");
        assertAt(problems.get(2), 42, "revisions[0].changes[2]", "どれか1つ");
    }

    @Test
    void unknownKey_inAChange_isNamed() throws Exception {
        Problem problem = only(problems(revised("R4", "{target: T1-1, valu: 1150, value: 1150}")));

        assertAt(problem, 40, "revisions[0].changes[0].valu", "知らないキー");
        assertTrue(problem.hint().contains("statement"), problem.hint());
    }

    @Test
    void revisionWithoutChangesOrTitle_isAnError() throws Exception {
        List<Problem> problems = problems(PLAN + "  - effective: R4\n    changes: []\n");

        assertEquals(2, problems.size(), problems::toString);
        assertAt(problems.get(0), 37, "revisions[0].title", "「title」がありません");
        assertAt(problems.get(1), 38, "revisions[0].changes", "1つもありません");
    }

    @Test
    void changeNamingATargetAnEarlierChangeAdded_isFine() throws Exception {
        StrategyPlan plan = load(revised("R4",
                "add: {code: T1-3, name: 新指標, unit: 人, direction: INCREASE, baseline: {year: R3, value: 5}, target: {year: R6, value: 9}}")
                + revision("R5", "令和5年3月改訂", "{target: T1-3, value: 12}"));

        assertEquals("12", plan.inForce(FiscalYear.parse("R6")).target(new TargetCode(1, 3)).orElseThrow()
                .targetQuantity().orElseThrow().value().toPlainString());
    }
}
