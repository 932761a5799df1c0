package io.github.senryaku.reports.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.reports.snapshot.KnownSnapshot;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.testing.ExternalTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnualReportWorkbookTest {

    private static ReportSnapshot snapshot;
    private static byte[] bytes;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void render() throws Exception {
        snapshot = KnownSnapshot.r6();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnualReportWorkbook.write(snapshot, out);
        bytes = out.toByteArray();
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
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

    private static int columnOf(Sheet sheet, int headerRow, String header) {
        for (Cell cell : sheet.getRow(headerRow)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    private static List<XSSFChart> charts(String sheet) {
        XSSFSheet s = workbook.getSheet(sheet);
        return s.getDrawingPatriarch() == null ? List.of() : s.getDrawingPatriarch().getCharts();
    }

    @Test
    void sheets_inTheirOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertEquals(List.of("概要", "数値目標", "推移グラフ", "取組状況", "データ出所"), names);
    }

    @Test
    void targets_numbersAsNumbers_withFormats_rateAsPercentage() {
        Sheet sheet = workbook.getSheet("数値目標");
        int header = TargetsSheet.HEADER_ROW;
        Row students = rowOf(sheet, 1, "T2-1");
        Cell r6 = students.getCell(columnOf(sheet, header, "令和6\n（2024）"));
        assertEquals(CellType.NUMERIC, r6.getCellType());
        assertEquals(1900, r6.getNumericCellValue());
        assertEquals("#,##0", r6.getCellStyle().getDataFormatString());
        Cell rate = students.getCell(columnOf(sheet, header, "達成率"));
        assertEquals(0.5, rate.getNumericCellValue(), 1e-9);
        assertEquals("0.0%", rate.getCellStyle().getDataFormatString());
        assertEquals("50.0%", new DataFormatter().formatCellValue(rate));
        assertEquals("C", students.getCell(columnOf(sheet, header, "評価")).getStringCellValue());

        Cell baseline = students.getCell(columnOf(sheet, header, "平成30\n（2018）"));
        assertEquals(2000, baseline.getNumericCellValue(), "the baseline year shows the baseline");
        assertEquals("約2,000", new DataFormatter().formatCellValue(baseline), "still a number, shown with its 約");

        Row birthRate = rowOf(sheet, 1, "T1-1");
        Cell r5 = birthRate.getCell(columnOf(sheet, header, "令和5\n（2023）"));
        assertEquals(1.48, r5.getNumericCellValue(), 1e-9);
        assertEquals("#,##0.00", r5.getCellStyle().getDataFormatString(), "1.69 is written with two decimals");
        assertEquals("未公表（集計中）", birthRate.getCell(columnOf(sheet, header, "令和6\n（2024）")).getStringCellValue());
        assertEquals("未提出", rowOf(sheet, 1, "T4-1").getCell(columnOf(sheet, header, "令和6\n（2024）")).getStringCellValue());
        assertEquals("整備", rowOf(sheet, 1, "T3-2").getCell(columnOf(sheet, header, "令和6\n（2024）")).getStringCellValue());
    }

    @Test
    void grades_colouredByConditionalFormatting_oneRulePerGrade() {
        Sheet sheet = workbook.getSheet("数値目標");
        int grades = snapshot.rulebook().grades().size();
        assertEquals(grades, sheet.getSheetConditionalFormatting().getNumConditionalFormattings());
        int gradeColumn = columnOf(sheet, TargetsSheet.HEADER_ROW, "評価");
        List<String> formulas = new ArrayList<>();
        for (int i = 0; i < grades; i++) {
            ConditionalFormatting formatting = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(i);
            assertEquals(gradeColumn, formatting.getFormattingRanges()[0].getFirstColumn());
            assertEquals(TargetsSheet.HEADER_ROW + 1, formatting.getFormattingRanges()[0].getFirstRow());
            assertNotNull(formatting.getRule(0).getPatternFormatting());
            formulas.add(formatting.getRule(0).getFormula1());
        }
        assertEquals(List.of("\"A\"", "\"B\"", "\"C\"", "\"D\"", "\"N\""), formulas);
    }

    @Test
    void tables_frozenFilteredAndPrintedA4Landscape_fitToWidth() {
        for (String name : List.of("数値目標", "取組状況")) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitTopRow(), name);
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name);
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name);
            assertTrue(print.getLandscape(), name);
            assertEquals(1, print.getFitWidth(), name);
            assertEquals(0, print.getFitHeight(), name);
            assertEquals(TargetsSheet.HEADER_ROW, sheet.getRepeatingRows().getFirstRow(), name);
            assertEquals(TargetsSheet.HEADER_ROW, sheet.getRepeatingRows().getLastRow(), name);
        }
        Sheet targets = workbook.getSheet("数値目標");
        assertTrue(targets.getColumnWidth(2) > targets.getColumnWidth(1), "指標名 is wider than コード");
    }

    @Test
    void charts_aLineChartPerTarget_andTheTallies() {
        List<XSSFChart> trends = charts("推移グラフ");
        assertEquals(snapshot.plan().targets().count(), trends.size());
        XSSFChart students = trends.get(1);
        assertEquals(1, students.getChartSeries().size());
        assertEquals(2, students.getChartSeries().get(0).getSeriesCount(), "実績値 and 目標への道筋");
        String xml = students.getCTChart().toString();
        assertTrue(xml.contains("gap"), "a missing year is a gap, not zero");
        assertTrue(xml.contains("<a:ln"), "line properties are set explicitly for LibreOffice");
        assertEquals(1, charts("概要").size());
        assertFalse(charts("概要").get(0).getCTChart().getPlotVisOnly().getVal(),
                "the goal names sit in a hidden column: hidden cells must still be plotted");
        assertTrue(charts("概要").get(0).getCTChart().toString().contains("stacked"));
    }

    @Test
    void measures_statusCommentsAndBudget() {
        Sheet sheet = workbook.getSheet("取組状況");
        Row giftRow = rowOf(sheet, 3, "M1-1-1");
        assertEquals("実施中", giftRow.getCell(columnOf(sheet, MeasuresSheet.HEADER_ROW, "実施状況")).getStringCellValue());
        assertEquals("拡充", giftRow.getCell(columnOf(sheet, MeasuresSheet.HEADER_ROW, "今後の方向性")).getStringCellValue());
        assertEquals(12000, giftRow.getCell(columnOf(sheet, MeasuresSheet.HEADER_ROW, "予算額（千円）")).getNumericCellValue());
        assertEquals(0.9, giftRow.getCell(columnOf(sheet, MeasuresSheet.HEADER_ROW, "執行率")).getNumericCellValue(), 1e-9);
        assertEquals("未提出", rowOf(sheet, 3, "M1-1-2").getCell(7).getStringCellValue());
        assertEquals("新規", rowOf(sheet, 3, "M1-1-3").getCell(4).getStringCellValue());
    }

    @Test
    void everySheet_marksSampleData_andTheSourcesGiveTheHash() {
        workbook.forEach(sheet -> assertEquals(AnnualReportWorkbook.SAMPLE_MARK,
                sheet.getRow(1).getCell(0).getStringCellValue(), sheet.getSheetName()));
        Sheet sources = workbook.getSheet("データ出所");
        assertEquals(snapshot.sha256(), rowOf(sources, 0, "データ指紋（SHA-256）").getCell(1).getStringCellValue());
        assertEquals("産業政策課", rowOf(sources, 0, "産業政策課_R6.xlsx").getCell(1).getStringCellValue());
    }

    @Test
    void realData_hasNoSampleMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnualReportWorkbook.write(KnownSnapshot.r6(KnownSnapshot.actuals(), KnownSnapshot.MADE_ON, false), out);
        try (XSSFWorkbook real = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            real.forEach(sheet -> {
                Cell cell = sheet.getRow(1) == null ? null : sheet.getRow(1).getCell(0);
                assertFalse(cell != null && cell.getStringCellValue().contains("サンプル"), sheet.getSheetName());
            });
        }
    }

    @Test
    void libreOffice_opensIt_andPrintsItToPdf(@TempDir Path dir) throws Exception {
        Path soffice = ExternalTools.require("soffice", "libreoffice-calc-nogui");
        Path file = dir.resolve("report.xlsx");
        Files.write(file, bytes);

        ExternalTools.Result converted = ExternalTools.run(dir, 180, soffice.toString(), "-env:UserInstallation=file://"
                + dir.resolve("profile"), "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString());

        Path pdf = dir.resolve("report.pdf");
        assertTrue(Files.exists(pdf), converted.output());
        assertTrue(Files.size(pdf) > 10_000, "a PDF with the sheets and charts: " + Files.size(pdf) + " bytes");
    }
}
