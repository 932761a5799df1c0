package io.github.senryaku.batch.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Two successive plans in one store (issue 12): Kanazawa's plan with its sample revisions (R4: T3-1 raised to
 * 1,150; R5: T4-1 retired) and the サンプル successor for R7–R11, whose T3-1 continues Kanazawa's and takes its
 * baseline from Kanazawa's R6 actual. Templates made per plan, filled as a department would, imported through
 * the real job; status, history and the annual reports read the store. On H2 and, in the failsafe execution
 * {@code postgres}, PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlansOverTimeIT {

    @TempDir
    static Path home;

    private static Map<String, String> environment;

    @BeforeAll
    static void twoPlansInForce() throws Exception {
        Path config = Files.createDirectories(home.resolve("config"));
        Path plans = Files.createDirectories(config.resolve("plans"));
        Files.writeString(plans.resolve("kanazawa-2nd.yaml"),
                Files.readString(ProjectFiles.config("plans/kanazawa-2nd.yaml")) + "\n"
                        + Files.readString(ProjectFiles.config("samples/kanazawa-2nd-revisions.yaml")));
        Files.copy(ProjectFiles.config("plans/sample-successor.yaml"), plans.resolve("sample-successor.yaml"));
        Files.createDirectories(config.resolve("rulebooks"));
        Files.copy(ProjectFiles.config("rulebooks/default.yaml"), config.resolve("rulebooks/default.yaml"));
        Files.writeString(config.resolve("senryaku.yaml"), "plans: [kanazawa-2nd, sample-successor]\n");
        environment = new HashMap<>(TestStores.environment(home.resolve("data")));
        environment.put("SENRYAKU_CONFIG", config.toString());
    }

    private static CliRunner.Result senryaku(String... args) {
        return CliRunner.run(environment, args);
    }

    @Test
    @Order(1)
    void eachPlansTemplate_landsUnderItsPlan_theSameCodeInTwoPlansIsTwoFacts() throws Exception {
        Path templates = home.resolve("templates");
        Path inbox = Files.createDirectories(home.resolve("data/inbox"));
        assertEquals(0, senryaku("template", "--year", "R6", "--out", templates.resolve("2nd").toString()).exitCode());
        CliRunner.Result successor = senryaku("template", "--year", "R7", "--out", templates.resolve("3rd").toString());
        assertEquals(0, successor.exitCode(), successor.out() + successor.err());
        fill(templates.resolve("2nd/R6報告様式.xlsx"), inbox.resolve("観光政策課_R6.xlsx"), Map.of("T3-1", 1100));
        fill(templates.resolve("3rd/R7報告様式.xlsx"), inbox.resolve("観光政策課_R7.xlsx"), Map.of("T3-1", 1150));

        CliRunner.Result imported = senryaku("import");

        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        assertTrue(imported.out().contains("観光政策課_R6.xlsx（観光政策課、実績 1 件・取組 0 件） 計画 kanazawa-2nd"), imported.out());
        assertTrue(imported.out().contains("観光政策課_R7.xlsx（観光政策課、実績 1 件・取組 0 件） 計画 sample-successor"),
                imported.out());
        assertEquals(Map.of("kanazawa-2nd T3-1 2024", new BigDecimal("1100"), "sample-successor T3-1 2025",
                new BigDecimal("1150")), stored("T3-1"));
    }

    @Test
    @Order(2)
    void aRetiredTarget_reportedAfterItsRetirement_isSentBack_namingTheRevision() throws Exception {
        Path inbox = home.resolve("data/inbox");
        handMade(inbox.resolve("企画調整課_R5.xlsx"), "T4-1", "R5", "10");

        CliRunner.Result imported = senryaku("import");

        assertEquals(1, imported.exitCode(), imported.out() + imported.err());
        assertTrue(imported.out().contains("T4-1 は令和5年3月改訂（サンプル）で廃止された指標です（令和5年度（2023年度）から）"),
                imported.out());
        assertTrue(stored("T4-1").isEmpty(), "nothing of the file landed");
    }

    @Test
    @Order(3)
    void status_theYearChoosesThePlan() {
        CliRunner.Result r6 = senryaku("status", "--year", "R6");
        CliRunner.Result r7 = senryaku("status", "--year", "R7");

        assertTrue(r6.out().startsWith("第2次金沢版総合戦略（kanazawa-2nd）\n"), r6.out());
        assertTrue(r6.out().contains("提出済 T3-1"), r6.out());
        assertTrue(r7.out().contains("（sample-successor）\n"), r7.out());
        assertTrue(r7.out().contains("提出済 T3-1"), r7.out());
    }

    @Test
    @Order(4)
    void theSuccessorsReport_takesItsBaselineFromThePredecessorsActual_andNamesItsLineage() throws Exception {
        CliRunner.Result report = senryaku("report", "--year", "R7", "--format", "csv");

        assertEquals(0, report.exitCode(), report.out() + report.err());
        Map<String, String> t31 = kpiRow(home.resolve("data/reports/sample-successor/R7/kpi.csv"), "T3-1", "2025");
        assertEquals("1100", t31.get("基準値"), "Kanazawa's R6 actual, from the store");
        assertEquals("1150", t31.get("実績値"));
        assertEquals("sample-successor", t31.get("計画コード"));
        assertEquals("kanazawa-2nd", t31.get("前計画コード"));
        assertEquals("T3-1", t31.get("前計画の指標コード"));
        assertTrue(Files.readString(home.resolve("data/reports/sample-successor/R7/MANIFEST.txt"))
                .startsWith("plan: sample-successor\n"));
    }

    @Test
    @Order(5)
    void theRevisedPlansReport_gradesAgainstTheVersionInForceThatYear() throws Exception {
        CliRunner.Result report = senryaku("report", "--year", "R6", "--plan", "kanazawa-2nd", "--format", "csv");

        assertEquals(0, report.exitCode(), report.out() + report.err());
        Map<String, String> t31 = kpiRow(home.resolve("data/reports/kanazawa-2nd/R6/kpi.csv"), "T3-1", "2024");
        assertEquals("1180", t31.get("目標値"), "raised by the R4 and R5 revisions");
        assertEquals("kanazawa-2nd", t31.get("計画コード"));
    }

    @Test
    @Order(6)
    void history_ofAContinuedTarget_spansBothPlans() {
        CliRunner.Result history = senryaku("history", "T3-1", "--plan", "sample-successor");

        assertEquals(0, history.exitCode(), history.out() + history.err());
        assertTrue(history.out().contains("前計画 kanazawa-2nd T3-1"), history.out());
        assertTrue(history.out().contains("令和6年度  1,100"), history.out());
        assertTrue(history.out().contains("T3-1 の履歴（sample-successor、1 件）"), history.out());
    }

    @Test
    @Order(7)
    void theFinalReport_isRefusedWhileYearsHaveNoReports_andWithAllowMissingPrintsThemAs未提出() throws Exception {
        CliRunner.Result refused = senryaku("report", "--plan", "kanazawa-2nd", "--final");

        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains("kanazawa-2nd の最終評価を作成できません: 令和2年度、令和3年度、令和4年度、令和5年度の報告が1件もありません"),
                refused.err());
        Path folder = home.resolve("data/reports/kanazawa-2nd/最終評価");
        assertTrue(!Files.exists(folder.resolve("final.csv")), "nothing written");

        CliRunner.Result made = senryaku("report", "--plan", "kanazawa-2nd", "--final", "--allow-missing");

        assertEquals(0, made.exitCode(), made.out() + made.err());
        assertTrue(made.out().contains(folder.resolve("最終評価_kanazawa-2nd.pdf").toString()), made.out());
        Map<String, String> t31 = csvRow(folder.resolve("final.csv"), "目標コード", "T3-1");
        assertEquals("1100", t31.get("R6"));
        assertEquals("未提出", t31.get("R2"));
        assertEquals("未提出", t31.get("R5"));
        assertEquals("sample-successor", t31.get("後継計画コード"));
        assertEquals("T3-1", t31.get("後継目標コード"));
        assertEquals("未達成", t31.get("達成状況"), "1,100 against the revised 1,180");
        String pdf = pdfText(folder.resolve("最終評価_kanazawa-2nd.pdf"));
        assertTrue(pdf.contains("後継計画 sample-successor T3-1 に継続"), pdf);
        assertTrue(pdf.contains("令和5年3月改訂（サンプル）"), pdf);
        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("最終評価_kanazawa-2nd.xlsx").toFile())) {
            assertTrue(workbook.getSheet("目標の推移") != null, "the workbook has the targets' course");
        }
    }

    @Test
    @Order(8)
    void anUnknownPlan_exitsOne_withThePlansThereAre() {
        CliRunner.Result unknown = senryaku("status", "--year", "R6", "--plan", "kanazawa-9th");

        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("計画「kanazawa-9th」はありません。ある計画: kanazawa-2nd, sample-successor"),
                unknown.err());
    }

    @Test
    @Order(9)
    void aRevisionRetiringATargetTheStoreHoldsReportsFor_isALocatedError() throws Exception {
        Path folder = Files.createDirectories(home.resolve("revised"));
        Path file = folder.resolve("kanazawa-2nd.yaml");
        Files.writeString(file, Files.readString(home.resolve("config/plans/kanazawa-2nd.yaml"))
                + "  - effective: R6\n    title: 令和6年3月改訂（試験）\n    changes:\n      - {retire: T3-1, reason: 試験}\n");

        CliRunner.Result fileAlone = senryaku("plan", "validate", file.toString());
        CliRunner.Result withStore = senryaku("plan", "validate", file.toString(), "--home",
                environment.get("SENRYAKU_HOME"));

        assertEquals(0, fileAlone.exitCode(), fileAlone.out() + fileAlone.err());
        assertEquals(1, withStore.exitCode(), withStore.out() + withStore.err());
        assertTrue(withStore.err().contains("令和6年3月改訂（試験）で T3-1 を令和6年度から廃止していますが、令和6年度の報告が"),
                withStore.err());
    }

    private static void fill(Path template, Path filled, Map<String, Integer> values) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet actuals = workbook.getSheet("数値目標実績");
            actuals.getRow(1).getCell(1).setCellValue("観光政策課");
            for (int r = 4; r <= actuals.getLastRowNum(); r++) {
                Row row = actuals.getRow(r);
                Integer value = values.get(row.getCell(0).getStringCellValue());
                if (value != null) {
                    row.getCell(3).setCellValue(value);
                }
            }
            workbook.removeSheetAt(workbook.getSheetIndex("施策実施状況"));
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
    }

    /** A workbook made by hand: no plan-code cell, one row of 数値目標実績. */
    private static void handMade(Path file, String code, String year, String value) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("数値目標実績");
            sheet.createRow(1).createCell(0).setCellValue("担当課");
            sheet.getRow(1).createCell(1).setCellValue("企画調整課");
            Row header = sheet.createRow(3);
            List<String> headers = List.of("指標コード", "年度", "実績値");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            Row row = sheet.createRow(4);
            row.createCell(0).setCellValue(code);
            row.createCell(1).setCellValue(year);
            row.createCell(2).setCellValue(Double.parseDouble(value));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** The current actuals of a code in every plan: "plan code year" → figure. */
    private static Map<String, BigDecimal> stored(String code) throws Exception {
        Map<String, BigDecimal> stored = new TreeMap<>();
        try (Connection connection = TestStores.connect(environment); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT a.plan_code, a.target_code, a.fiscal_year, a.figure FROM actual a"
                        + " JOIN import_file f ON f.id = a.import_file_id AND f.status = 'LANDED'"
                        + " WHERE a.superseded_at IS NULL AND a.target_code = '" + code + "'")) {
            while (rs.next()) {
                stored.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3), new BigDecimal(rs.getBigDecimal(4).stripTrailingZeros().toPlainString()));
            }
        }
        return stored;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private static Map<String, String> csvRow(Path csv, String column, String value) throws Exception {
        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = List.of(line.split(",", -1));
            if (cells.get(header.indexOf(column)).equals(value)) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i).replace("\"", ""));
                }
                return row;
            }
        }
        throw new AssertionError(value + " is not in " + csv);
    }

    private static Map<String, String> kpiRow(Path csv, String code, String year) throws Exception {
        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = List.of(line.split(",", -1));
            if (cells.get(0).equals(code) && cells.get(header.indexOf("年度")).equals(year)) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i).replace("\"", ""));
                }
                return row;
            }
        }
        throw new AssertionError(code + " " + year + " is not in " + csv);
    }
}
