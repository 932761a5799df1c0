package io.github.senryaku.reports.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import io.github.senryaku.reports.testing.ExternalTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of the サンプル plan of every target shape, its cells read back. */
class AnnualReportWorkbookShapesTest {

    private static byte[] bytes;
    private static XSSFWorkbook workbook;
    private static final DataFormatter SHOWN = new DataFormatter();

    @BeforeAll
    static void render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnualReportWorkbook.write(ShapesSnapshot.r5(), out);
        bytes = out.toByteArray();
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(code)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row " + code + " in " + sheet.getSheetName());
    }

    private static Cell cell(Sheet sheet, String code, String header) {
        for (Cell cell : sheet.getRow(TargetsSheet.HEADER_ROW)) {
            if (cell.getStringCellValue().equals(header)) {
                return rowOf(sheet, code).getCell(cell.getColumnIndex());
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    private static String shown(Sheet sheet, String code, String header) {
        Cell cell = cell(sheet, code, header);
        return cell == null ? "" : SHOWN.formatCellValue(cell);
    }

    /** A column's cells as shown, indexed by row number (an empty row is an empty string). */
    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Cell cell = sheet.getRow(i) == null ? null : sheet.getRow(i).getCell(column);
            values.add(cell == null ? "" : SHOWN.formatCellValue(cell));
        }
        return values;
    }

    @Test
    void theKpis_haveASheetOfTheirOwn_afterTheNumericalTargets() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));

        assertEquals(List.of("概要", "数値目標", "重要業績評価指標", "推移グラフ", "取組状況", "データ出所"), names);
    }

    @Test
    void planWideTargets_areTheFirstRows_ofTheNumericalTargets() {
        Sheet sheet = workbook.getSheet("数値目標");

        assertEquals("T0-1", sheet.getRow(TargetsSheet.HEADER_ROW + 1).getCell(1).getStringCellValue());
        assertEquals("全体目標", sheet.getRow(TargetsSheet.HEADER_ROW + 1).getCell(0).getStringCellValue());
        assertEquals("T0-2", sheet.getRow(TargetsSheet.HEADER_ROW + 2).getCell(1).getStringCellValue());
        assertEquals("T1-1", sheet.getRow(TargetsSheet.HEADER_ROW + 3).getCell(1).getStringCellValue());
    }

    @Test
    void aSum_carriesTheYearsOwnFigures_andTheSumGraded_asNumbers() {
        Sheet sheet = workbook.getSheet("数値目標");

        assertEquals(55, cell(sheet, "T1-1", "令和5\n（2023）").getNumericCellValue());
        assertEquals("R3～R5累計", shown(sheet, "T1-1", "集計"));
        assertEquals(155, cell(sheet, "T1-1", "集計値").getNumericCellValue());
        assertEquals(1.0333, cell(sheet, "T1-1", "達成率").getNumericCellValue(), 1e-4, "155 against the R5 interim 150");
        assertEquals("令和5年度 150人（R5は中間目標に対する達成率）", shown(sheet, "T1-1", "中間目標"));
        assertEquals("A", shown(sheet, "T1-1", "評価"));
        assertEquals("R3～R5累計", shown(sheet, "T1-2", "集計"));
        assertEquals(360, cell(sheet, "T1-2", "集計値").getNumericCellValue());
        assertEquals("C", shown(sheet, "T1-2", "評価"));
    }

    @Test
    void aSurveyCarried_andAMaintainedLevel() {
        Sheet sheet = workbook.getSheet("数値目標");

        assertEquals("", shown(sheet, "T0-2", "令和5\n（2023）"), "no census in R5: nothing due, not 未提出");
        assertEquals("R2調査", shown(sheet, "T0-2", "集計"));
        assertEquals("100,000", shown(sheet, "T0-2", "集計値"));
        assertEquals(100000, cell(sheet, "T0-2", "目標値").getNumericCellValue(), "still a number");
        assertEquals("100,000を維持（許容幅2％）", shown(sheet, "T0-2", "目標値"));
        assertEquals("A", shown(sheet, "T0-2", "評価"));
    }

    @Test
    void kpis_underTheirPolicy_reprintsMarked_andEachShapeAsItIs() {
        Sheet sheet = workbook.getSheet("重要業績評価指標");

        assertEquals("P1-1", shown(sheet, "K1-1-1", "施策コード"));
        assertEquals("P1-2", shown(sheet, "K1-1-1（再掲）", "施策コード"));
        assertEquals("P2-1", shown(sheet, "K1-2-1（再掲）", "施策コード"));
        assertEquals("R3～R5平均", shown(sheet, "K1-1-1", "集計"));
        assertEquals("29.7", shown(sheet, "K1-1-1", "集計値"));
        assertEquals("B", shown(sheet, "K1-1-1", "評価"));
        assertEquals("－（新規）", shown(sheet, "K1-1-2", "基準値"));
        assertEquals("", shown(sheet, "K1-1-2", "基準年度"), "a new indicator's baseline has no year");
        assertEquals("0.5", String.valueOf(cell(sheet, "K1-1-2", "達成率").getNumericCellValue()));
        assertEquals("令和4年度から毎年度 0", shown(sheet, "K1-2-1", "目標値"));
        assertEquals("", shown(sheet, "K1-2-1", "令和3\n（2021）"), "graded from R4 only");
        assertEquals("A", shown(sheet, "K1-2-1", "評価"));
        assertEquals("増加", shown(sheet, "K2-1-2", "目標値"));
        assertEquals(CellType.BLANK, cell(sheet, "K2-1-2", "達成率").getCellType(), "a trend has no rate");
        assertEquals(CellType.BLANK, cell(sheet, "K2-1-2", "期待値").getCellType());
        assertEquals("A", shown(sheet, "K2-1-2", "評価"));
        assertEquals("毎年度 100", shown(sheet, "K2-1-3", "目標値"));
        assertEquals("C", shown(sheet, "K2-1-3", "評価"));
    }

    @Test
    void notes_areMarkedInTheRow_andListedUnderTheTable() {
        Sheet targets = workbook.getSheet("数値目標");
        Sheet kpis = workbook.getSheet("重要業績評価指標");

        assertEquals("※3※4", shown(targets, "T1-1", "注"));
        assertTrue(column(targets, 0).contains("※3 T1-1 基準値：2016～2020年度の累計"), column(targets, 0).toString());
        assertTrue(column(targets, 0).contains("※4 T1-1 目標値：令和3～8年度の累計"), column(targets, 0).toString());
        assertEquals("※1", shown(kpis, "K1-1-2", "注"));
        assertTrue(column(kpis, 0).contains("※1 K1-1-2 参考値 12件（令和2年度）：県の調査による参考値"),
                column(kpis, 0).toString());
    }

    @Test
    void summary_talliesPlanWideTargetsAndKpis_apartFromTheNumericalTargets() {
        Sheet summary = workbook.getSheet("概要");

        Row overall = rowOf(summary, "全体目標");
        assertEquals("全体目標", overall.getCell(0).getStringCellValue());
        List<String> labels = column(summary, 0);
        int kpiGoal1 = labels.lastIndexOf("基本目標1　しごとをつくり、安心して働けるようにする");
        assertTrue(kpiGoal1 > labels.indexOf("基本目標1　しごとをつくり、安心して働けるようにする"), "a second table: " + labels);
        assertEquals(3, summary.getRow(kpiGoal1).getCell(6).getNumericCellValue(), "K1-1-1, K1-1-2, K1-2-1");
        Row policy = rowOf(summary, "P1-2　働きながら子育てできる環境づくり");
        assertEquals(2, policy.getCell(6).getNumericCellValue(), "K1-2-1 and the reprint of K1-1-1");
    }

    @Test
    void trends_plotTheRunningSum_andATrendWithoutAPath() {
        Sheet trends = workbook.getSheet("推移グラフ");
        int top = rowOf(trends, "T1-1 新規就業者数（人）").getRowNum();

        assertEquals("累計（実績）", trends.getRow(top + 1).getCell(1).getStringCellValue());
        assertEquals(0, trends.getRow(top + 2).getCell(1).getNumericCellValue(), "R2: nothing counted yet");
        assertEquals(155, trends.getRow(top + 5).getCell(1).getNumericCellValue(), "R5: 40 + 60 + 55");
        assertEquals(300, trends.getRow(top + 8).getCell(2).getNumericCellValue(), "the path reaches the target in R8");
        XSSFChart trend = workbook.getSheet("推移グラフ").getDrawingPatriarch().getCharts().stream()
                .filter(chart -> chart.getTitleText().getString().startsWith("K2-1-2")).findFirst().orElseThrow();
        assertEquals(1, trend.getChartSeries().get(0).getSeriesCount(), "増加 has no value to draw a path to");
    }

    @Test
    void libreOffice_opensIt(@TempDir Path dir) throws Exception {
        Path soffice = ExternalTools.require("soffice", "libreoffice-calc-nogui");
        Path file = dir.resolve("shapes.xlsx");
        Files.write(file, bytes);

        ExternalTools.Result converted = ExternalTools.run(dir, 180, soffice.toString(), "-env:UserInstallation=file://"
                + dir.resolve("profile"), "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString());

        assertTrue(Files.exists(dir.resolve("shapes.pdf")), converted.output());
    }
}
