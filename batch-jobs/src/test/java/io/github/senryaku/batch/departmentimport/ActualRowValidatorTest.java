package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.importing.PlanCatalog;
import io.github.senryaku.batch.importing.ReportRow;
import io.github.senryaku.batch.importing.Staged;
import io.github.senryaku.batch.importing.ValidatedRow;

import static io.github.senryaku.batch.departmentimport.TestRows.actual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.planfile.PlanFileLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    // --- the shapes of issue 11, on config/plans/sample-shapes.yaml ---

    private static final ActualRowValidator SHAPES = new ActualRowValidator(new PlanCatalog(TestRows.sampleShapes()));

    private static ValidatedRow shapes(ReportRow row) {
        return SHAPES.validate(row, TestRows.FILE).orElseThrow();
    }

    private static Staged.Actual landsClean(ValidatedRow validated) {
        assertEquals(List.of(), validated.problems());
        return (Staged.Actual) validated.staged().orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"T0-1, R4, 1.45, T0-1", "Ｔ０－１, 令和4年, 1.45, T0-1", "K1-1-1, R3, 30, K1-1-1", "k1‐1‐2, R3, 15, K1-1-2",
            "K1-2-1, R4, 0, K1-2-1", "K2-1-1, R5, 3, K2-1-1", "K2-1-2, R5, 150, K2-1-2", "K2-1-3, R3, 100, K2-1-3",
            "T1-1, R5, 55, T1-1", "T1-2, R3, 130, T1-2", "T2-1, R5, 62.5, T2-1", "T0-2, R7, 99000, T0-2"})
    void planWideTargetsAndKpis_areTakenLikeNumericalTargets(String code, String year, String typed, String stored) {
        Staged.Actual staged = landsClean(shapes(actual(code, null, year, typed)));

        assertEquals(stored, staged.code().text());
        assertEquals(0, ((Reported.Figure) staged.reported()).quantity().value().compareTo(new BigDecimal(typed)));
    }

    @Test
    void unknownKpiCode_suggestsTheNearestOfThePlan() {
        Problem problem = shapes(actual("K1-1-9", null, "R5", 1)).problems().get(0);

        assertAt(problem, "A5", "計画にない指標コード");
        assertTrue(problem.hint().startsWith("「K1-1-1」ではありませんか？") || problem.hint().startsWith("「K1-1-2」ではありませんか？"),
                problem.hint());
    }

    @Test
    void surveyIndicator_inAYearWithoutSurvey_landsWithAWarningNamingTheSurveyYears() {
        ValidatedRow validated = shapes(actual("T2-1", "市民満足度", "R4", 61.0));

        assertTrue(validated.staged().isPresent(), "accepted");
        assertEquals(1, validated.problems().size(), validated.problems().toString());
        Problem warning = validated.problems().get(0);
        assertEquals(Problem.Severity.WARNING, warning.severity());
        assertAt(warning, "C5", "令和4年度はT2-1の調査年（R2・R5・R8）ではありません");
        assertEquals("R4", warning.input());
        Problem census = shapes(actual("T0-2", null, "R4", 100500)).problems().get(0);
        assertEquals(Problem.Severity.WARNING, census.severity());
        assertAt(census, "C5", "調査年（R2・R7）ではありません");
    }

    @Test
    void newIndicator_beforeThePlansFirstYear_isAnErrorThatNeverPrintsThePathOrigin() {
        Problem problem = onlyShapesProblem(actual("K1-1-2", null, "R2", 12));

        assertAt(problem, "C5", "令和2年度はK1-1-2の対象期間（令和3年度～目標 令和8年度）の外です");
        assertFalse(problem.message().contains("基準"), problem.describe());
        assertTrue(problem.hint().contains("新規の指標（基準値なし）で、令和3年度から報告します"), problem.hint());
        assertEquals(Problem.Severity.ERROR, problem.severity());
    }

    @Test
    void everyYearTarget_beforeItsFromYear_isAnError() {
        Problem problem = onlyShapesProblem(actual("K1-2-1", null, "R3", 4));

        assertAt(problem, "C5", "令和3年度はK1-2-1の対象期間（令和4年度～目標 令和8年度）の外です");
        assertTrue(problem.hint().contains("毎年度の目標で、令和4年度から報告します"), problem.hint());
        assertEquals(Problem.Severity.ERROR, problem.severity());
    }

    @Test
    void everyYearTarget_withABaseline_takesTheBaselineYearAndChecksItAsBefore() {
        landsClean(shapes(actual("K2-1-3", null, "R2", 80)));
        assertAt(onlyShapesProblem(actual("K2-1-3", null, "R2", 81)), "D5", "計画の基準値 80件 と違います");
    }

    @Test
    void everyYearTarget_afterItsBaselineButBeforeItsFromYear_landsWithAWarning(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("plan.yaml");
        Files.writeString(file, """
                plan: {code: t, title: 試験, municipality: 試験市, period: {from: R3, to: R8}}
                goals:
                  - number: 1
                    title: 目標
                    targets:
                      - code: T1-1
                        name: イベント件数
                        unit: 件
                        direction: INCREASE
                        baseline: {year: R2, value: 80}
                        target: {value: 100, eachYear: true, from: R5}
                    policies:
                      - code: P1-1
                        title: 施策
                        measures: [{code: M1-1-1, title: 取組}]
                """);
        ActualRowValidator validator = new ActualRowValidator(new PlanCatalog(PlanFileLoader.load(file)));

        ValidatedRow validated = validator.validate(actual("T1-1", null, "R4", 90), TestRows.FILE).orElseThrow();

        assertTrue(validated.staged().isPresent(), "accepted");
        assertEquals(Problem.Severity.WARNING, validated.problems().get(0).severity());
        assertAt(validated.problems().get(0), "C5", "T1-1は令和5年度からの毎年度の目標です（令和4年度の値は取り込みますが、評価には使いません）");
        assertEquals(List.of(), validator.validate(actual("T1-1", null, "R5", 90), TestRows.FILE).orElseThrow().problems());
        assertEquals(Problem.Severity.ERROR,
                validator.validate(actual("T1-1", null, "R1", 90), TestRows.FILE).orElseThrow().problems().get(0).severity());
    }

    @Test
    void cumulativeTarget_takesTheBaselineYearsOwnFigure_unlikeItsBaselineTotal() {
        // T1-1's baseline 250 is 2016～2020年度の累計; R2's own figure is another thing and lands.
        landsClean(shapes(actual("T1-1", null, "R2", 45)));
    }

    @Test
    void cumulativeTarget_outsideItsSpan_isStillAnError() {
        assertAt(onlyShapesProblem(actual("T1-1", null, "R9", 45)), "C5", "対象期間（基準 令和2年度～目標 令和8年度）の外です");
    }

    private static Problem onlyShapesProblem(ReportRow row) {
        List<Problem> problems = shapes(row).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
