package io.github.senryaku.batch.imports;

import static io.github.senryaku.batch.imports.TestRows.actual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of a 数値目標実績 row, fed the input that breaks it; each message names the right cell. */
class ActualRowValidatorTest {

    private static final ActualRowValidator VALIDATOR = new ActualRowValidator(new PlanCatalog(TestRows.kanazawa()));

    private static ValidatedRow validate(ReportRow row) {
        return VALIDATOR.validate(row, TestRows.FILE).orElseThrow();
    }

    private static Staged.Actual staged(ReportRow row) {
        ValidatedRow validated = validate(row);
        assertTrue(validated.problems().stream().noneMatch(Problem::isError), validated.problems().toString());
        return (Staged.Actual) validated.staged().orElseThrow();
    }

    private static Problem onlyProblem(ReportRow row) {
        List<Problem> problems = validate(row).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static void assertAt(Problem problem, String cell, String messagePart) {
        Location.Cell location = (Location.Cell) problem.location();
        assertEquals(TestRows.FILE, location.file());
        assertEquals("数値目標実績", location.sheet());
        assertEquals(cell, location.cell(), problem.describe());
        assertTrue(problem.message().contains(messagePart), problem.describe());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "T3-1, R5, 1100, 1100, false",
            "Ｔ３ー１, 令和５年度, '1,121万人', 1121, false",
            "t3‐1, 2023, '約1,090', 1090, true",
            "T3−1, FY2023, '１，０９５', 1095, false",
            "T2-1, R5, '1,900人', 1900, false",
            "T2-1, R5, 約1900, 1900, true"})
    void figures_asPeopleTypeThem(String code, String year, String typed, String value, boolean approximate) {
        Staged.Actual staged = staged(actual(code, null, year, typed));

        Reported.Figure figure = (Reported.Figure) staged.reported();
        assertEquals(0, figure.quantity().value().compareTo(new BigDecimal(value)));
        assertEquals(approximate, figure.quantity().approximate());
        assertEquals("D5", staged.cell());
    }

    @Test
    void numberCells_andYearNumberCells_areRead() {
        Staged.Actual staged = staged(actual("T3-1", null, 2022, 1080.5));

        assertEquals(2022, staged.year().gregorianYear());
        assertEquals(new BigDecimal("1080.5"), ((Reported.Figure) staged.reported()).quantity().value());
    }

    @Test
    void percentTarget_acceptsItsOwnUnit() {
        // The birth rate has no unit: a % sign is a unit it does not have.
        assertAt(onlyProblem(actual("T1-1", null, "R5", "45.2%")), "D5", "単位「%」がこの指標の単位（単位なし）と違います");
    }

    @ParameterizedTest
    @CsvSource({"集計中", "未公表", "未確定", "集 計 中"})
    void notYetPublished_isRecordedNotAnError(String typed) {
        assertTrue(staged(actual("T1-1", null, "R6", typed)).reported() instanceof Reported.Unpublished);
    }

    @Test
    void milestone_takesItsStates() {
        assertEquals(new Reported.State("整備中"), staged(actual("T3-2", null, "R5", "整備中")).reported());
        assertAt(onlyProblem(actual("T3-2", null, "R5", "工事中")), "D5", "段階として読めません");
        assertAt(onlyProblem(actual("T3-2", null, "R5", 1)), "D5", "段階として読めません");
    }

    @Test
    void emptyActual_reportsNothing_andIsSkipped() {
        assertTrue(VALIDATOR.validate(actual("T3-1", "金沢地域の年間入込客数", "R6", null), TestRows.FILE).isEmpty());
    }

    @Test
    void unknownCode_suggestsTheNearest() {
        Problem problem = onlyProblem(actual("T3-3", null, "R5", 1));

        assertAt(problem, "A5", "計画にない指標コード");
        assertTrue(problem.hint().startsWith("「T3-1」ではありませんか？") || problem.hint().startsWith("「T3-2」ではありませんか？"),
                problem.hint());
    }

    @Test
    void measureCodeOnTheActualsSheet_isNamedAsSuch() {
        assertAt(onlyProblem(actual("M3-1-1", null, "R5", 1)), "A5", "指標コードではありません");
    }

    @Test
    void missingCode_isAnError() {
        assertAt(onlyProblem(actual(null, null, "R5", 1)), "A5", "指標コードが空欄です");
    }

    @Test
    void unreadableYear_quotesIt() {
        Problem problem = onlyProblem(actual("T3-1", null, "令和六年", 1));

        assertAt(problem, "C5", "「令和六年」は年度として読めません");
        assertEquals("令和六年", problem.input());
    }

    @Test
    void yearOutsideBaselineToTarget_isAnError() {
        assertAt(onlyProblem(actual("T3-1", null, "H29", 1000)), "C5", "対象期間（基準 平成30年度～目標 令和6年度）の外");
        assertAt(onlyProblem(actual("T3-1", null, "R7", 1000)), "C5", "外です");
    }

    @Test
    void notANumber_isAnError() {
        assertAt(onlyProblem(actual("T3-1", null, "R5", "多数")), "D5", "数値として読めません");
        assertAt(onlyProblem(actual("T3-1", null, "R5", new CellValue.Bool(true))), "D5", "数値として読めません");
    }

    @Test
    void unitInTheCell_otherThanTheTargets_isAnError() {
        assertAt(onlyProblem(actual("T3-1", null, "R5", "11,210,000人")), "D5", "単位「人」がこの指標の単位「万人」と違います");
    }

    @Test
    void unitColumn_otherThanTheTargets_isAnError() {
        assertAt(onlyProblem(actual("T3-1", null, "R5", 1100, "人")), "E5", "単位が計画の単位「万人」と違います");
    }

    @Test
    void formulaWithoutCachedValue_saysToSaveInExcel() {
        Problem problem = onlyProblem(actual("T3-1", null, "R5", new CellValue.FormulaWithoutValue("SUM(D1:D4)")));

        assertAt(problem, "D5", "数式の計算結果");
        assertTrue(problem.hint().contains("Excel で"), problem.hint());
    }

    @Test
    void errorCell_isAnError() {
        assertAt(onlyProblem(actual("T3-1", null, "R5", new CellValue.Error("#DIV/0!"))), "D5", "エラー値（#DIV/0!）");
    }

    @Test
    void baselineYearFigure_contradictingAKnownBaseline_isAnError() {
        assertAt(onlyProblem(actual("T3-1", null, "H30", 1040)), "D5", "計画の基準値 1,045万人 と違います");
        staged(actual("T3-1", null, "H30", 1045));
    }

    @Test
    void baselineYearFigure_ofAPendingBaseline_confirmsIt() {
        Staged.Actual staged = staged(actual("T1-1", null, "H30", 1.60));

        assertEquals(2018, staged.year().gregorianYear());
    }

    @Test
    void nameOtherThanThePlans_isAWarningAndTheRowLands() {
        ValidatedRow validated = validate(actual("T3-1", "観光客数", "R5", 1100));

        assertTrue(validated.staged().isPresent());
        assertEquals(Problem.Severity.WARNING, validated.problems().get(0).severity());
        assertAt(validated.problems().get(0), "B5", "指標名が計画の「金沢地域の年間入込客数」と違います");
    }

    @Test
    void everyProblemOfARow_isReported() {
        List<Problem> problems = validate(actual("T3-1", null, "R9", "abc", "人")).problems();

        assertEquals(3, problems.size(), problems.toString());
    }
}
