package io.github.senryaku.reports.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import io.github.senryaku.reports.snapshot.KnownFinalSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The final workbook of Kanazawa's revised plan over R2–R6 ({@link KnownFinalSnapshot}), its cells read back with POI. */
class FinalReportWorkbookTest {

    private static FinalReportSnapshot snapshot;
    private static XSSFWorkbook workbook;
    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.JAPAN);

    @BeforeAll
    static void render() throws Exception {
        snapshot = KnownFinalSnapshot.kanazawa();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FinalReportWorkbook.write(snapshot, out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    private static Row rowOf(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
    }

    /** The row's cells under the headers, as Excel shows them. */
    private static List<String> cells(Sheet sheet, Row row, int headerRow, String... headers) {
        List<String> shown = new ArrayList<>();
        for (String header : headers) {
            shown.add(SHOWN.formatCellValue(row.getCell(column(sheet, headerRow, header))));
        }
        return shown;
    }

    private static int column(Sheet sheet, int headerRow, String header) {
        for (Cell cell : sheet.getRow(headerRow)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    @Test
    void sheets_areTheSummaryTheTargetsTheMeasuresAndTheRevisions() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));

        assertEquals(List.of("概要", "目標の推移", "施策の状況", "改訂"), names);
        assertEquals(FinalReportWorkbook.SHEETS, names);
        assertEquals("最終評価_kanazawa-2nd.xlsx", FinalReportWorkbook.fileName(snapshot));
    }

    @Test
    void summary_setsEachYearsTalliesSideBySide_theMissingYearReadsMissing_withAChart() {
        Sheet summary = workbook.getSheet("概要");
        Row header = rowOf(summary, 0, "年度");

        assertEquals(List.of("年度", "A（達成）", "B（順調）", "C（遅れ）", "D（後退）", "N（未評価）", "計"),
                cells(summary, header, header.getRowNum(), "年度", "A（達成）", "B（順調）", "C（遅れ）", "D（後退）", "N（未評価）", "計"));
        Row r3 = summary.getRow(header.getRowNum() + 2);
        assertEquals("令和3年度", r3.getCell(0).getStringCellValue());
        assertEquals(List.of(1.0, 0.0, 2.0, 1.0, 1.0, 5.0), numbers(r3, 1, 6));
        Row r5 = summary.getRow(header.getRowNum() + 4);
        assertEquals("令和5年度", r5.getCell(0).getStringCellValue());
        assertEquals("未提出", r5.getCell(1).getStringCellValue());
        assertEquals(List.of(2.0, 0.0, 1.0, 0.0, 1.0, 4.0), numbers(summary.getRow(header.getRowNum() + 5), 1, 6));
        assertFalse(((XSSFSheet) summary).getDrawingPatriarch().getCharts().isEmpty(), "the tallies' chart");
        assertTrue(rowOf(summary, 0, "重要業績評価指標（KPI）の評価（年度別。数値目標とは別の集計です）") != null);
        assertEquals("サンプルデータ（実際の数値ではありません）", summary.getRow(1).getCell(0).getStringCellValue());
    }

    private static List<Double> numbers(Row row, int from, int count) {
        List<Double> numbers = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            numbers.add(row.getCell(i).getNumericCellValue());
        }
        return numbers;
    }

    @Test
    void targets_oneRowEach_yearsAcross_finalGradeAchievementAndSuccessor() {
        Sheet targets = workbook.getSheet("目標の推移");
        int header = TargetCourseSheet.HEADER_ROW;
        Row visitors = rowOf(targets, 1, "T3-1");

        assertEquals(List.of("812", "1,130", "1,140", "未提出", "1,170", "C", "未達成", "sample-successor", "T3-1"),
                cells(targets, visitors, header, "令和2年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度", "最終評価",
                        "達成状況", "後継計画", "後継目標コード"));
        assertEquals(CellType.NUMERIC, visitors.getCell(column(targets, header, "令和6年度")).getCellType(),
                "figures stay numbers");
        assertEquals("1,180", SHOWN.formatCellValue(visitors.getCell(column(targets, header, "目標値"))), "the last version");

        Row students = rowOf(targets, 1, "T2-1");
        assertEquals(List.of("A", "達成"), cells(targets, students, header, "最終評価", "達成状況"));
        assertEquals(List.of("N", "判定不能"), cells(targets, rowOf(targets, 1, "T1-1"), header, "最終評価", "達成状況"));
    }

    @Test
    void retiredTarget_showsUntilItsRetirement_withItsLastYearsGrade() {
        Sheet targets = workbook.getSheet("目標の推移");
        Row partners = rowOf(targets, 1, "T4-1");

        assertEquals(List.of("90", "廃止", "廃止", "C", "令和4年度", "未達成", ""),
                cells(targets, partners, TargetCourseSheet.HEADER_ROW, "令和4年度", "令和5年度", "令和6年度", "最終評価",
                        "評価年度", "達成状況", "後継計画"));
        assertTrue(SHOWN.formatCellValue(partners.getCell(column(targets, TargetCourseSheet.HEADER_ROW, "廃止")))
                .contains("令和5年3月改訂（サンプル）"));
    }

    @Test
    void measures_statusAndDirectionPerYear_missingYearSaid() {
        Sheet measures = workbook.getSheet("施策の状況");
        int header = MeasureCourseSheet.HEADER_ROW;

        assertEquals(List.of("実施中", "継続", "－", "－", "実施中", "拡充", "未提出", "未提出", "完了", "終了"),
                cells(measures, rowOf(measures, 1, "M1-1-1"), header, "令和2年度 実施状況", "令和2年度 今後の方向性",
                        "令和3年度 実施状況", "令和3年度 今後の方向性", "令和4年度 実施状況", "令和4年度 今後の方向性",
                        "令和5年度 実施状況", "令和5年度 今後の方向性", "令和6年度 実施状況", "令和6年度 今後の方向性"));
        assertEquals(List.of("－", "着手", "拡充"), cells(measures, rowOf(measures, 1, "M3-2-2"), header,
                "令和3年度 実施状況", "令和4年度 実施状況", "令和4年度 今後の方向性"));
    }

    @Test
    void revisions_aRowPerChange_withItsReason() {
        Sheet revisions = workbook.getSheet("改訂");
        int header = RevisionSheet.HEADER_ROW;

        assertEquals(List.of("令和4年3月改訂（サンプル）", "令和4年度", "T3-1の目標値を1,150に変更", "早期に目標へ近づいたため上方修正（サンプル）"),
                cells(revisions, revisions.getRow(header + 1), header, "改訂", "適用年度", "変更", "理由"));
        assertEquals(List.of("令和5年3月改訂（サンプル）", "令和5年度", "T4-1を廃止", "連携事業の再編により廃止（サンプル）"),
                cells(revisions, rowOf(revisions, 2, "T4-1"), header, "改訂", "適用年度", "変更", "理由"));
        assertEquals(header + 6, revisions.getLastRowNum(), "4 changes in R4, 2 in R5");
    }
}
