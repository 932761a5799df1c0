package io.github.senryaku.reports.format;

import static io.github.senryaku.model.testing.SampleTargets.figure;
import static io.github.senryaku.model.testing.SampleTargets.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.csv.KpiCsv;
import io.github.senryaku.reports.pdf.AnnualReportPdf;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.text.PlanText;
import io.github.senryaku.reports.xlsx.AnnualReportWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures print with the decimals the plan writes the target with (issue 11, item 9): 66 reported for a
 * target of 66.0 % prints 66.0 %, and a figure with more decimals than the target keeps them. Kanazawa's
 * plan with T4-1 rewritten as a percentage (60 % → 66.0 %), read back from every output.
 */
class FigurePrecisionTest {

    static final FiscalYear R6 = FiscalYear.of(2024);

    @TempDir
    static Path dir;

    static StrategyPlan plan;
    static GradingRulebook rulebook;
    static NumericalTarget share;
    static PlanActuals actuals;

    @BeforeAll
    static void plan() throws Exception {
        String kanazawa = Files.readString(ProjectFiles.kanazawaPlan());
        String t41 = """
                        name: 石川中央都市圏における連携事業数
                        unit: 事業
                        direction: INCREASE
                        baseline: {year: H30, value: 80}
                        target: {year: R6, value: 99}
                """;
        assertTrue(kanazawa.contains(t41), "T4-1 as this test expects it");
        Path file = dir.resolve("precision.yaml");
        Files.writeString(file, kanazawa.replace(t41, """
                        name: 圏域の連携事業に満足している市民の割合
                        unit: "%"
                        direction: INCREASE
                        baseline: {year: H30, value: 60}
                        target: {year: R6, value: 66.0}
                """));
        plan = PlanFileLoader.load(file);
        rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
        share = target(4, 1);
        actuals = new PlanActuals(Map.of(
                new TargetCode(2, 1), series("R6", figure("1900")),
                new TargetCode(4, 1), series("R2", figure("61.125"), "R3", figure("62"), "R4", figure("63.25"),
                        "R5", figure("66"), "R6", new Reported.Figure(Quantity.about("65")))));
    }

    static NumericalTarget target(int goal, int number) {
        return plan.targets().filter(t -> t.code().equals(new TargetCode(goal, number))).findFirst().orElseThrow();
    }

    static ReportSnapshot snapshot() {
        return ReportSnapshot.of(plan, rulebook, R6, actuals, List.of(), List.of(), List.of(), LocalDate.of(2025, 6, 30),
                false);
    }

    static String reported(NumericalTarget target, Reported reported) {
        return Figures.reported(target, Optional.of(reported));
    }

    @Test
    void aFigureWithFewerDecimals_printsWithTheTargets() {
        assertEquals(1, Figures.scale(share));
        assertEquals("66.0%", reported(share, figure("66")));
        assertEquals("約65.0%", reported(share, new Reported.Figure(Quantity.about("65"))));
        assertEquals("1.50", reported(target(1, 1), figure("1.5")), "合計特殊出生率 is written 1.69");
    }

    @Test
    void aFigureWithMoreDecimals_keepsThem_neverRounded() {
        assertEquals("63.25%", reported(share, figure("63.25")));
        assertEquals("61.125%", reported(share, figure("61.125")));
        assertEquals("1.475", reported(target(1, 1), figure("1.475")));
        assertEquals(new Quantity(new java.math.BigDecimal("66.0"), false), Figures.printed(share, Quantity.exact("66")));
    }

    @Test
    void wholeNumberTargets_printAsBefore() {
        assertEquals("1,900人", reported(target(2, 1), figure("1900")));
        assertEquals("1,121万人", reported(target(3, 1), figure("1121")));
        assertEquals("1,083.5万人", reported(target(3, 1), figure("1083.5")));
        assertEquals("1,000万人", reported(target(3, 1), figure("1E+3")), "an exponent prints as a whole number");
    }

    @Test
    void planShowText_printsTheYearsFigureWithTheTargetsDecimals() {
        assertTrue(text("R5").contains("令和5年度の実績 66.0%　"), text("R5"));
        assertTrue(text("R3").contains("令和3年度の実績 62.0%　"), text("R3"));
        assertTrue(text("R4").contains("令和4年度の実績 63.25%　"), text("R4"));
        assertTrue(text("R2").contains("令和2年度の実績 61.125%　"), text("R2"));
    }

    private static String text(String year) {
        return PlanText.of(EvaluatedPlan.of(plan, rulebook, actuals, FiscalYear.parse(year)), "");
    }

    @Test
    void kpiCsv_actualColumn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KpiCsv.write(snapshot(), out);
        List<String> lines = Arrays.asList(new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1).split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int code = header.indexOf("指標コード");
        int year = header.indexOf("年度");
        int actual = header.indexOf("実績値");
        Map<String, String> figures = new java.util.HashMap<>();
        Map<String, String[]> rows = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            figures.put(cells[code] + " " + cells[year], cells[actual]);
            rows.put(cells[code] + " " + cells[year], cells);
        }
        assertEquals("66.0", figures.get("T4-1 2023"));
        assertEquals("62.0", figures.get("T4-1 2021"));
        assertEquals("63.25", figures.get("T4-1 2022"));
        assertEquals("61.125", figures.get("T4-1 2020"));
        assertEquals("65.0", figures.get("T4-1 2024"));
        assertEquals("1", rows.get("T4-1 2024")[header.indexOf("概数")]);
        assertEquals("60", figures.get("T4-1 2018"), "the baseline year shows the plan's baseline as written");
        assertEquals("66.0", rows.get("T4-1 2024")[header.indexOf("目標値")]);
        assertEquals("1900", figures.get("T2-1 2024"));
    }

    @Test
    void workbook_cellsShowTheTargetsDecimals_orTheFiguresOwn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnualReportWorkbook.write(snapshot(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet targets = workbook.getSheet("数値目標");
            Row header = rowWith(targets, "コード");
            Row row = rowWith(targets, "T4-1");
            Cell r5 = row.getCell(columnOf(header, "令和5\n（2023）"));
            assertEquals(CellType.NUMERIC, r5.getCellType());
            assertEquals(66, r5.getNumericCellValue());
            assertEquals("66.0", shown(r5));
            assertEquals("62.0", shown(row.getCell(columnOf(header, "令和3\n（2021）"))));
            assertEquals("63.25", shown(row.getCell(columnOf(header, "令和4\n（2022）"))));
            assertEquals("61.125", shown(row.getCell(columnOf(header, "令和2\n（2020）"))));
            assertEquals("約65.0", shown(row.getCell(columnOf(header, "令和6\n（2024）"))));
            assertEquals("66.0", shown(row.getCell(columnOf(header, "目標値"))));
            assertEquals("1,900", shown(rowWith(targets, "T2-1").getCell(columnOf(header, "令和6\n（2024）"))));

            // 推移グラフ shows one decimal more than the plan (the path to the target is not a whole number).
            Sheet trend = workbook.getSheet("推移グラフ");
            int block = rowWith(trend, "T4-1 圏域の連携事業に満足している市民の割合（%）").getRowNum();
            assertEquals("66.00", shown(yearRow(trend, block, "令和5年度").getCell(1)));
            assertEquals("61.125", shown(yearRow(trend, block, "令和2年度").getCell(1)));
        }
    }

    private static String shown(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    private static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
    }

    private static int columnOf(Row header, String text) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + text);
    }

    private static Row yearRow(Sheet sheet, int from, String year) {
        for (int i = from; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(year)) {
                return row;
            }
        }
        throw new AssertionError("no row " + year + " after row " + from);
    }

    @Test
    void pdf_yearlyFiguresAndSummary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnualReportPdf(ReportFont.bundled()).render(snapshot(), out);
        String text;
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("62.0%"), text);
        assertTrue(text.contains("63.25%"), text);
        assertTrue(text.contains("61.125%"), text);
        assertTrue(text.contains("約65.0%"), text);
        assertFalse(text.matches("(?s).*(?<![\\d.,])(66|62|65)%.*"), "no figure of T4-1 printed without its decimal");
        assertTrue(text.contains("1,900人"), text);
    }
}
