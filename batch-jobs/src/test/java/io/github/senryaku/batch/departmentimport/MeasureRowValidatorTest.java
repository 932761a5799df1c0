package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.importing.PlanCatalog;
import io.github.senryaku.batch.importing.ReportRow;
import io.github.senryaku.batch.importing.Staged;
import io.github.senryaku.batch.importing.ValidatedRow;

import static io.github.senryaku.batch.departmentimport.TestRows.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureRowValidatorTest {

    private static final MeasureRowValidator VALIDATOR = new MeasureRowValidator(new PlanCatalog(TestRows.kanazawa()));

    private static List<Problem> problems(ReportRow row) {
        return VALIDATOR.validate(row, TestRows.FILE).orElseThrow().problems();
    }

    private static void assertOnly(ReportRow row, String cell, String messagePart) {
        List<Problem> problems = problems(row);
        assertEquals(1, problems.size(), problems.toString());
        Location.Cell location = (Location.Cell) problems.get(0).location();
        assertEquals("施策実施状況", location.sheet());
        assertEquals(cell, location.cell());
        assertTrue(problems.get(0).message().contains(messagePart), problems.get(0).describe());
    }

    @Test
    void goodRow_isStagedWithItsTextsAsWritten() {
        ValidatedRow row = VALIDATOR.validate(measure("Ｍ３－１－１", "R5", "実施中", "基本設計①を実施", "設計完了", "工期", "継続"),
                TestRows.FILE).orElseThrow();

        Staged.Measure staged = (Staged.Measure) row.staged().orElseThrow();
        assertEquals("M3-1-1", staged.code().text());
        assertEquals("実施中", staged.status());
        assertEquals("継続", staged.direction());
        assertEquals("基本設計①を実施", staged.content());
    }

    @Test
    void unknownStatus_listsTheAllowedValues() {
        List<Problem> problems = problems(measure("M3-1-1", "R5", "進行中"));

        assertTrue(problems.get(0).hint().contains("未着手／実施中／完了／中止"), problems.toString());
        assertOnly(measure("M3-1-1", "R5", "進行中"), "C5", "実施状況の値");
    }

    @Test
    void missingStatus_isAnError() {
        assertOnly(measure("M3-1-1", "R5", null, "内容のみ"), "C5", "実施状況が空欄");
    }

    @Test
    void unknownDirection_listsTheAllowedValues() {
        assertOnly(measure("M3-1-1", "R5", "完了", null, null, null, "様子見"), "G5", "今後の方向性の値");
        assertTrue(problems(measure("M3-1-1", "R5", "完了", null, null, null, "様子見")).get(0).hint()
                .contains("拡充／継続／改善／縮小／廃止／完了"));
    }

    @Test
    void unknownMeasureCode_suggestsTheNearest() {
        assertOnly(measure("M3-1-9", "R5", "完了"), "A5", "計画にない取組コード");
        assertOnly(measure("T3-1", "R5", "完了"), "A5", "取組コードではありません");
    }

    @Test
    void yearOutsideThePlan_isAnError() {
        assertOnly(measure("M3-1-1", "H30", "完了"), "B5", "計画期間（令和2年度～令和6年度）の外");
    }

    @Test
    void tooLongText_isAnError() {
        assertOnly(measure("M3-1-1", "R5", "完了", "あ".repeat(4001)), "D5", "長すぎます");
    }

    @Test
    void blankRow_isSkipped() {
        assertTrue(VALIDATOR.validate(measure(null, null, null, "メモだけの行"), TestRows.FILE).isEmpty());
    }
}
