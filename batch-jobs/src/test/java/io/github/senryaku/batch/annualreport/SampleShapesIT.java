package io.github.senryaku.batch.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.cli.CliRunner;
import io.github.senryaku.model.testing.ProjectFiles;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's shapes end to end on config/plans/sample-shapes.yaml (サンプル): the templates of R3, R4 and R5
 * are made by {@code senryaku template}, filled in with POI as a department would, imported through the
 * real job, then {@code status} and {@code report} read the store; figures are read back from the database,
 * kpi.csv (by header name) and the PDF. On H2 and, in the failsafe execution {@code postgres}, PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleShapesIT {

    /** The yearly figures (単年度) each department reports, R3, R4, R5; null where no figure is due. */
    private static final Map<String, BigDecimal[]> FIGURES = new LinkedHashMap<>();

    static {
        figures("T0-1", "1.42", "1.44", "1.46");     // calendar year
        figures("T1-1", "40", "60", "55");           // 累計 300 over R3–R8, interim R5 150
        figures("T1-2", "130", "120", "110");        // 累計 600 以下
        figures("K1-1-1", "29", "31", "30");         // 平均 30 (also printed under P1-2: 再掲)
        figures("K1-1-2", "20", "35", "50");         // 新規, no baseline
        figures("K1-2-1", null, "0", "2");           // 毎年度ゼロ from R4
        figures("T2-1", null, null, "63.0");         // 市民意識調査 R2, R5, R8
        figures("T2-2", "900", "950", "1000");       // interim R5 1000
        figures("K2-1-1", "4", "3", "2");            // a rank, DECREASE
        figures("K2-1-2", "130", "140", "150");      // trend (増加)
        figures("K2-1-3", "95", "100", "104");       // 毎年度 100件
    }

    private static final List<String> YEARS = List.of("R3", "R4", "R5");

    @TempDir
    static Path home;

    private static Map<String, String> environment;

    @BeforeAll
    static void dataFolder() {
        environment = new HashMap<>(TestStores.environment(home));
        environment.put("SENRYAKU_PLAN", ProjectFiles.config("plans/sample-shapes.yaml").toString());
    }

    private static void figures(String code, String... yearly) {
        BigDecimal[] values = new BigDecimal[yearly.length];
        for (int i = 0; i < yearly.length; i++) {
            values[i] = yearly[i] == null ? null : new BigDecimal(yearly[i]);
        }
        FIGURES.put(code, values);
    }

    private static CliRunner.Result senryaku(String... args) {
        return CliRunner.run(environment, args);
    }

    @Test
    @Order(1)
    void templates_offerEachIndicatorDue_andFilledIn_allLand() throws Exception {
        Path templates = home.resolve("templates");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        for (int y = 0; y < YEARS.size(); y++) {
            String year = YEARS.get(y);
            CliRunner.Result made = senryaku("template", "--year", year, "--out", templates.toString());
            assertEquals(0, made.exitCode(), made.out() + made.err());
            List<String> offered = fill(templates.resolve(year + "報告様式.xlsx"), inbox.resolve("企画調整課_" + year + ".xlsx"), y);
            List<String> due = FIGURES.entrySet().stream().filter(e -> e.getValue()[YEARS.indexOf(year)] != null)
                    .map(Map.Entry::getKey).toList();
            assertEquals(sorted(due), sorted(offered), year + ": the template offers exactly the indicators due");
        }

        CliRunner.Result imported = senryaku("import");

        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        assertTrue(imported.out().contains("取込済      企画調整課_R3.xlsx（企画調整課、実績 9 件・取組 5 件）"), imported.out());
        assertTrue(imported.out().contains("取込済      企画調整課_R4.xlsx（企画調整課、実績 10 件・取組 5 件）"), imported.out());
        assertTrue(imported.out().contains("取込済      企画調整課_R5.xlsx（企画調整課、実績 11 件・取組 5 件）"), imported.out());
        Map<String, BigDecimal> stored = storedFigures();
        Map<String, BigDecimal> filled = new TreeMap<>();
        FIGURES.forEach((code, values) -> {
            for (int y = 0; y < values.length; y++) {
                if (values[y] != null) {
                    filled.put(code + " " + (2021 + y), values[y]);
                }
            }
        });
        assertEquals(filled.keySet(), stored.keySet(), "every yearly figure, 全体目標 and KPIs too, and nothing else");
        filled.forEach((key, value) -> assertEquals(0, value.compareTo(stored.get(key)), key + ": " + stored.get(key)));
    }

    @Test
    @Order(2)
    void status_showsNothingFalselyMissing_aSurveyIndicatorBetweenSurveysIncluded() {
        CliRunner.Result r4 = senryaku("status", "--year", "R4");

        assertEquals(0, r4.exitCode(), r4.err());
        String out = r4.out();
        assertTrue(out.startsWith("サンプル市総合戦略（サンプル）（sample-shapes）\n令和4年度（2022年度） の提出状況（未提出 0 件）\n【全体目標】\n  全体目標: 提出 1 / 1\n"
                + "    提出済 T0-1 合計特殊出生率\n    調査年外 T0-2 総人口（R2調査の値で評価）\n"), out);
        assertTrue(out.contains("  KPI（重要業績評価指標）: 提出 3 / 3\n    提出済 K1-1-1 創業支援件数\n"
                + "    提出済 K1-1-2 産学官の連携件数\n    提出済 K1-2-1 待機児童数\n"), out);
        assertTrue(out.contains("    調査年外 T2-1 市民満足度（R2調査の値で評価）\n"), out);
        assertFalse(out.contains("    未提出 "), out);

        CliRunner.Result r5 = senryaku("status", "--year", "R5");
        assertTrue(r5.out().contains("（未提出 0 件）") && r5.out().contains("    提出済 T2-1 市民満足度\n"), r5.out());
    }

    @Test
    @Order(3)
    void reportR5_gradesTheCumulativeTargets_inKpiCsvAndThePdf() throws Exception {
        CliRunner.Result report = senryaku("report", "--year", "R5");

        assertEquals(0, report.exitCode(), report.out() + report.err());
        Path folder = home.resolve("reports").resolve("sample-shapes").resolve("R5");
        Map<String, Map<String, String>> csv = kpiCsv(folder.resolve("kpi.csv"));
        // R5 has T1-1's interim target (累計 150 by R5): graded against it, 155 is 103.33 % of 150 with 期待値
        // 100 (without the interim it would be 155 / 300 = 51.67 % against 50.00, B). R4 runs against 300.
        assertRow(csv, "T1-1", 2023, "103.33", "100.00", "A");
        assertRow(csv, "T1-1", 2022, "33.33", "33.33", "B");
        // 累計 600 以下: R5's sum 360 is over the allowance 300, not over the ceiling.
        assertRow(csv, "T1-2", 2023, "41.67", "50.00", "C");
        assertRow(csv, "T2-1", 2023, "50.00", "50.00", "B");
        assertEquals("", csv.get("T1-1 2023").get("実績の状態"));
        assertEquals(0, new BigDecimal("55").compareTo(new BigDecimal(csv.get("T1-1 2023").get("実績値"))),
                "the year's own figure, not the sum");

        String pdf = pdfText(folder.resolve("進捗状況報告書_R5.pdf"));
        assertTrue(pdf.contains("新規就業者数") && pdf.contains("市外への転出超過数"), pdf);
    }

    @Test
    @Order(4)
    void reportR5_showsPlanWideTargetsAndKpis_inEveryFormat() throws Exception {
        CliRunner.Result report = senryaku("report", "--year", "R5");

        assertEquals(0, report.exitCode(), report.out() + report.err());
        Path folder = home.resolve("reports").resolve("sample-shapes").resolve("R5");
        Map<String, Map<String, String>> csv = kpiCsv(folder.resolve("kpi.csv"));
        for (String code : List.of("T0-1", "K1-1-1", "K1-1-2", "K1-2-1", "K2-1-1", "K2-1-2", "K2-1-3")) {
            assertTrue(csv.containsKey(code + " 2023"), code + " has a kpi.csv row for R5: " + csv.keySet());
        }
        assertEquals("P1-1", csv.get("K1-1-1 2023").get("施策コード"));
        assertFalse(csv.get("K1-1-1 2023").get("区分").isEmpty());
        assertEquals("調査年外", csv.get("T2-1 2022").get("実績の状態"), "T2-1 has no survey in R4: not 未提出");
        assertEquals("KPI", csv.get("K1-1-1 2023").get("区分"));
        assertEquals("R3～R5累計", csv.get("T1-1 2023").get("集計"));
        assertEquals(0, new BigDecimal("155").compareTo(new BigDecimal(csv.get("T1-1 2023").get("集計値"))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("進捗状況報告書_R5.xlsx").toFile())) {
            for (String code : List.of("T0-1", "K1-1-1", "K2-1-3")) {
                assertTrue(holdsCell(workbook, code), code + " is in the workbook");
            }
            assertEquals(csv.get("T1-2 2023").get("評価"), gradeInSheet(workbook.getSheet("数値目標"), "T1-2"));
            assertEquals("C", gradeInSheet(workbook.getSheet("数値目標"), "T1-2"));
            assertEquals(csv.get("K1-2-1 2023").get("評価"), gradeInSheet(workbook.getSheet("重要業績評価指標"), "K1-2-1"));
        }
        String pdf = pdfText(folder.resolve("進捗状況報告書_R5.pdf"));
        for (String text : List.of("T0-1", "合計特殊出生率", "K1-1-1", "創業支援件数", "K1-2-1", "待機児童数", "R3～R5累計")) {
            assertTrue(pdf.contains(text), text + " in the PDF");
        }
    }

    @Test
    @Order(5)
    void yearsOutsideAnIndicatorsSpan_areSentBack_located() throws Exception {
        Path file = home.resolve("企画調整課_誤り.xlsx");
        workbook(file, List.of(
                List.of("K1-1-2", "令和2年度", "12"),      // 新規: nothing is due before the plan's first year
                List.of("K1-2-1", "令和3年度", "4"),       // 毎年度ゼロ from R4
                List.of("K1-1-1", "令和3年度", "31")));    // fine on its own: must not land

        CliRunner.Result result = senryaku("import", file.toString());

        assertEquals(1, result.exitCode(), result.out() + result.err());
        String out = result.out();
        assertTrue(out.contains("差戻し      企画調整課_誤り.xlsx（エラー 2 件）"), out);
        assertTrue(out.contains("シート「数値目標実績」セルB5: 令和2年度はK1-1-2の対象期間（令和3年度～目標 令和8年度）の外です"), out);
        assertTrue(out.contains("セルB6: 令和3年度はK1-2-1の対象期間（令和4年度～目標 令和8年度）の外です"), out);
        assertEquals(0, new BigDecimal("29").compareTo(storedFigures().get("K1-1-1 2021")), "nothing of a rejected file lands");
    }

    @Test
    @Order(6)
    void surveyIndicator_inAYearWithoutSurvey_landsWithALocatedWarning() throws Exception {
        Path file = home.resolve("企画調整課_R4調査.xlsx");
        workbook(file, List.of(List.of("T2-1", "令和4年度", "61.5")));

        CliRunner.Result result = senryaku("import", file.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("取込済      企画調整課_R4調査.xlsx（企画調整課、実績 1 件・取組 0 件、警告 1 件）"), result.out());
        assertTrue(result.out().contains("セルB5: [警告] 令和4年度はT2-1の調査年（R2・R5・R8）ではありません"), result.out());
        assertEquals(0, new BigDecimal("61.5").compareTo(storedFigures().get("T2-1 2022")));
        CliRunner.Result status = senryaku("status", "--year", "R4");
        assertTrue(status.out().contains("    提出済 T2-1 市民満足度（調査年ではありません）\n"), status.out());
    }

    /** Fills the template's 実績値 (and 施策実施状況) for the year as a department does; returns the codes offered. */
    private static List<String> fill(Path template, Path filled, int yearIndex) throws Exception {
        List<String> offered = new ArrayList<>();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet actuals = workbook.getSheet("数値目標実績");
            actuals.getRow(1).getCell(1).setCellValue("企画調整課");
            Map<String, Integer> columns = header(actuals.getRow(3));
            for (int r = 4; r <= actuals.getLastRowNum(); r++) {
                Row row = actuals.getRow(r);
                String code = row.getCell(columns.get("指標コード")).getStringCellValue();
                offered.add(code);
                BigDecimal value = FIGURES.get(code)[yearIndex];
                if (value != null) {
                    row.getCell(columns.get("実績値")).setCellValue(value.doubleValue());
                }
            }
            Sheet measures = workbook.getSheet("施策実施状況");
            Map<String, Integer> measureColumns = header(measures.getRow(3));
            for (int r = 4; r <= measures.getLastRowNum(); r++) {
                measures.getRow(r).getCell(measureColumns.get("実施状況")).setCellValue("実施中");
                measures.getRow(r).getCell(measureColumns.get("今後の方向性")).setCellValue("継続");
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        return offered;
    }

    /** A small department workbook of 数値目標実績 rows (指標コード, 年度, 実績値), data from row 5. */
    private static void workbook(Path file, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("数値目標実績");
            sheet.createRow(1).createCell(0).setCellValue("担当課");
            sheet.getRow(1).createCell(1).setCellValue("企画調整課");
            Row header = sheet.createRow(3);
            List<String> headers = List.of("指標コード", "年度", "実績値");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(4 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        DataFormatter text = new DataFormatter();
        row.forEach(cell -> columns.put(text.formatCellValue(cell), cell.getColumnIndex()));
        return columns;
    }

    /** The current figures in the store, read with SQL: "K1-1-1 2021" → 29. */
    private static Map<String, BigDecimal> storedFigures() throws Exception {
        Map<String, BigDecimal> figures = new TreeMap<>();
        try (Connection connection = TestStores.connect(environment); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT a.target_code, a.fiscal_year, a.figure FROM actual a"
                        + " JOIN import_file f ON f.id = a.import_file_id"
                        + " WHERE f.status = 'LANDED' AND a.superseded_at IS NULL")) {
            while (rs.next()) {
                figures.put(rs.getString(1) + " " + rs.getInt(2), rs.getBigDecimal(3));
            }
        }
        return figures;
    }

    /** kpi.csv's rows by "指標コード 年度", each by header name (columns may be added or moved). */
    private static Map<String, Map<String, String>> kpiCsv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0).replace("\uFEFF", ""));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = fields(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            rows.put(row.get("指標コード") + " " + row.get("年度"), row);
        }
        return rows;
    }

    /** One CSV line's fields: quoted fields may hold commas and doubled quotes (no line breaks in kpi.csv's cells). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static void assertRow(Map<String, Map<String, String>> csv, String code, int year, String rate, String expected,
            String grade) {
        Map<String, String> row = csv.get(code + " " + year);
        assertTrue(row != null, code + " " + year + " in kpi.csv: " + csv.keySet());
        assertEquals(rate, row.get("達成率（%）"), code + " " + year + " 達成率");
        assertEquals(expected, row.get("期待値（%）"), code + " " + year + " 期待値");
        assertEquals(grade, row.get("評価"), code + " " + year + " 評価");
    }

    /** The 評価 column's cell in the row of the code, as the sheet shows it. */
    private static String gradeInSheet(Sheet sheet, String code) {
        DataFormatter formatter = new DataFormatter();
        Integer column = null;
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = formatter.formatCellValue(cell);
                if (column == null && "評価".equals(text)) {
                    column = cell.getColumnIndex();
                } else if (column != null && code.equals(text)) {
                    return formatter.formatCellValue(row.getCell(column));
                }
            }
        }
        throw new AssertionError("no 評価 for " + code + " in " + sheet.getSheetName());
    }

    private static boolean holdsCell(XSSFWorkbook workbook, String text) {
        DataFormatter formatter = new DataFormatter();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (text.equals(formatter.formatCellValue(cell))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().sorted().toList();
    }
}
