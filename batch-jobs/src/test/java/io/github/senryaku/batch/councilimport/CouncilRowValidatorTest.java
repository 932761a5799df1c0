package io.github.senryaku.batch.councilimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.importing.HeaderRow;
import io.github.senryaku.batch.importing.ReportRow;
import io.github.senryaku.batch.importing.ReportSheet;
import io.github.senryaku.batch.importing.ReportSheet.Column;
import io.github.senryaku.batch.importing.Staged;
import io.github.senryaku.batch.importing.ValidatedRow;
import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.batch.workbook.RawRow;
import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.plan.GoalCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.testing.RevisedKanazawa;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of a 推進会議意見 row, fed the input that breaks it; each problem names the cell. The plan is Kanazawa's
 * with the sample revisions: K3-2-1 is added from R4, T4-1 retired from R5.
 */
class CouncilRowValidatorTest {

    private static final String FILE = "推進会議意見_R6.xlsx";
    private static final Map<Column, Integer> COLUMNS = Map.of(Column.SUBJECT_CODE, 0, Column.YEAR, 2, Column.OPINION, 3,
            Column.RESPONSE, 4, Column.GIVEN_BY, 5);

    @TempDir
    static Path folder;

    private static StrategyPlan plan;

    @BeforeAll
    static void revisedKanazawa() throws Exception {
        plan = PlanFileLoader.load(RevisedKanazawa.writeTo(folder));
    }

    /** 対象コード, 対象名, 年度, 意見, 対応方針, 委員・会議 in columns A–F, row 7 of the sheet. */
    private static ReportRow row(Object... cells) {
        Map<Integer, CellValue> values = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof Number number) {
                values.put(i, new CellValue.Number(new BigDecimal(number.toString())));
            } else if (cells[i] != null) {
                values.put(i, new CellValue.Text(cells[i].toString()));
            }
        }
        String sheet = ReportSheet.COUNCIL.sheetName();
        return new ReportRow(3, new HeaderRow(sheet, ReportSheet.COUNCIL, 4, COLUMNS), new RawRow(sheet, 7, values));
    }

    private static Optional<ValidatedRow> validate(ReportRow row) {
        return new CouncilRowValidator(plan).validate(row, FILE);
    }

    private static Problem onlyProblem(ReportRow row) {
        List<Problem> problems = validate(row).orElseThrow().problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(validate(row).orElseThrow().staged().isEmpty(), "a row with an error stages nothing");
        return problems.get(0);
    }

    private static void assertAt(Problem problem, String cell, String input, String messagePart) {
        Location.Cell location = (Location.Cell) problem.location();
        assertEquals(FILE, location.file());
        assertEquals("推進会議意見", location.sheet());
        assertEquals(cell, location.cell(), problem.describe());
        assertEquals(input, problem.input(), problem.describe());
        assertTrue(problem.isError(), problem.describe());
        assertTrue(problem.message().contains(messagePart), problem.describe());
    }

    @Test
    void anOpinionWithItsResponse_isStaged_withItsSubjectYearAndCell() {
        ValidatedRow validated = validate(row("Ｇ１", "若い世代に…", "R6", "出生率の回復が遅い", "相談支援を拡充する", "第2回推進会議"))
                .orElseThrow();

        assertEquals(List.of(), validated.problems());
        Staged.Opinion opinion = (Staged.Opinion) validated.staged().orElseThrow();
        assertEquals(new ReviewSubject.Goal(new GoalCode(1)), opinion.subject());
        assertEquals(2024, opinion.year().gregorianYear());
        assertEquals("出生率の回復が遅い", opinion.opinion());
        assertEquals("相談支援を拡充する", opinion.response());
        assertEquals("第2回推進会議", opinion.givenBy());
        assertEquals("A7", opinion.cell());
        assertEquals(7, opinion.rowNumber());
    }

    @Test
    void aPrefilledRowNobodyFilled_isLeftOut() {
        assertEquals(Optional.empty(), validate(row("G1", "若い世代に…", "令和6年度", null, " ", null)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"総括, R6", "T3-1, R6", "P2-4, R2", "K3-2-1, R4", "T4-1, R4"})
    void subjectsInForceThatYear_areAccepted(String code, String year) {
        ValidatedRow validated = validate(row(code, null, year, "意見", "対応方針")).orElseThrow();

        assertEquals(List.of(), validated.problems(), code + " " + year);
        assertEquals(code, ((Staged.Opinion) validated.staged().orElseThrow()).subject().text());
    }

    @Test
    void anUnknownCode_isAnErrorNamingTheCellAndTheValue() {
        Problem problem = onlyProblem(row("G9", null, "R6", "意見", "対応方針"));

        assertAt(problem, "A7", "G9", "計画（令和6年度の版）にない対象コードです");
        assertTrue(problem.hint().contains("この年度の対象コード: 総括, G1"), problem.hint());
    }

    @Test
    void aCodeNotYetInForce_orRetired_isUnknownThatYear() {
        assertAt(onlyProblem(row("K3-2-1", null, "R3", "意見", "対応方針")), "A7", "K3-2-1", "令和3年度の版）にない");
        assertAt(onlyProblem(row("T4-1", null, "R5", "意見", "対応方針")), "A7", "T4-1", "令和5年度の版）にない");
    }

    @Test
    void aMisspeltCode_hintsTheNearest() {
        Problem problem = onlyProblem(row("T3-9", null, "R6", "意見", "対応方針"));

        assertTrue(problem.hint().startsWith("「T3-1」ではありませんか？"), problem.hint());
    }

    @Test
    void aMeasureCode_isNoSubject_andTheHintNamesItsPolicy() {
        Problem problem = onlyProblem(row("M3-1-1", null, "R6", "意見", "対応方針"));

        assertAt(problem, "A7", "M3-1-1", "取組コードは対象にできません");
        assertTrue(problem.hint().contains("P3-1"), problem.hint());
    }

    @Test
    void aTextThatIsNoCode_orNoCodeAtAll_isAnError() {
        assertAt(onlyProblem(row("全体", null, "R6", "意見", "対応方針")), "A7", "全体", "対象コードとして読めません");
        assertAt(onlyProblem(row(null, null, "R6", "意見", "対応方針")), "A7", "", "対象コードが空欄です");
    }

    @Test
    void anOpinionWithoutAResponse_isAnErrorAtTheResponse() {
        assertAt(onlyProblem(row("G2", null, "R6", "意見だけ", "  ")), "E7", "", "対応方針が空欄です");
    }

    @Test
    void aResponseWithoutAnOpinion_isAnErrorAtTheOpinion() {
        assertAt(onlyProblem(row("G2", null, "R6", null, "対応方針だけ")), "D7", "", "意見が空欄です");
    }

    @Test
    void onlyTheMeeting_isAnErrorAtTheOpinion() {
        assertAt(onlyProblem(row("G2", null, "R6", null, null, "第1回推進会議")), "D7", "", "意見と対応方針が空欄です");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"令和十年度, 年度", "R12, 計画期間（令和2年度～令和6年度）の外です"})
    void anUnreadableYear_orOneOutsideThePlan_isAnErrorAtTheYear(String year, String messagePart) {
        Problem problem = onlyProblem(row("G1", null, year, "意見", "対応方針"));

        assertAt(problem, "C7", year.equals("R12") ? "令和12年度" : year, messagePart);
    }

    @Test
    void anEmptyYear_isAnErrorAtTheYear() {
        assertAt(onlyProblem(row("G1", null, null, "意見", "対応方針")), "C7", "", "年度が空欄です");
    }

    @Test
    void anOpinionOverItsColumn_isAnError() {
        assertAt(onlyProblem(row("G1", null, "R6", "あ".repeat(4001), "対応方針")), "D7", "ああああああああああああああああああああああああああああああああああああああああ…",
                "意見が長すぎます（4,001文字）");
    }
}
