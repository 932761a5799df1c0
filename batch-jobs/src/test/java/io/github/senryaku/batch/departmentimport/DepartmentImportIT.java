package io.github.senryaku.batch.departmentimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.cli.CliRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The department import end to end, through the real command, JBeret job and H2 file database: one data
 * folder for the class (JBeret keeps one job repository per JVM), tests in order like a year of reporting.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DepartmentImportIT {

    @TempDir
    static Path home;

    private static Map<String, String> environment;

    @BeforeAll
    static void dataFolder() {
        environment = TestStores.environment(home);
    }

    /** Each command shut the store down; H2 logs, and otherwise swallows, what went wrong while it closed the file. */
    @AfterAll
    static void theStoreClosedCleanlyEveryTime() throws Exception {
        String log = TestStores.h2Log(home);
        assertFalse(log.contains("MVStoreException"), "H2 logged a storage error:\n" + log);
    }

    private static CliRunner.Result senryaku(String... args) {
        return CliRunner.run(environment, args);
    }

    private static Path inbox(String name) {
        return home.resolve("inbox").resolve(name);
    }

    private static JsonNode actuals() throws Exception {
        CliRunner.Result result = senryaku("actuals", "--format", "json");
        assertEquals(0, result.exitCode(), result.err());
        return new ObjectMapper().readTree(result.out());
    }

    private static JsonNode actual(JsonNode actuals, String code, int year) {
        for (JsonNode node : actuals.get("actuals")) {
            if (node.get("code").asText().equals(code) && node.get("year").asInt() == year) {
                return node;
            }
        }
        return null;
    }

    private static List<Path> files(String folder) throws Exception {
        try (Stream<Path> listing = Files.list(home.resolve(folder))) {
            return listing.sorted().toList();
        }
    }

    @Test
    @Order(1)
    void goodWorkbook_landsWhole_andIsArchived() throws Exception {
        ReportWorkbook.xlsx().department("観光政策課")
                .actual("T3-1", "金沢地域の年間入込客数", "R5", 1100, "万人", "速報値")
                .actual("Ｔ３ー２", "価値創造拠点施設の整備", "令和５年度", "整備中", null, null)
                .actual("T3-1", null, "R4", "1,080万人", null, null)
                .measure("M3-1-1", "R5", "実施中", "基本設計を実施", "設計完了", "工期", "継続")
                .writeTo(inbox("観光政策課_R5.xlsx"));
        senryaku("plan", "show"); // warms nothing: proves plan show without a store is harmless

        CliRunner.Result result = senryaku("import");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("取込済      観光政策課_R5.xlsx（観光政策課、実績 3 件・取組 1 件）"), result.out());
        JsonNode actuals = actuals();
        assertEquals(1100, actual(actuals, "T3-1", 2023).get("value").asInt());
        assertEquals(1080, actual(actuals, "T3-1", 2022).get("value").asInt());
        assertEquals("整備中", actual(actuals, "T3-2", 2023).get("state").asText());
        assertEquals("観光政策課", actual(actuals, "T3-1", 2023).get("department").asText());
        assertEquals("M3-1-1", actuals.at("/measures/0/code").asText());
        assertEquals("実施中", actuals.at("/measures/0/status").asText());
        assertTrue(files("inbox").isEmpty());
        assertEquals(1, files("archive").size());
        assertTrue(files("archive").get(0).getFileName().toString().endsWith("_観光政策課_R5.xlsx"));
    }

    @Test
    @Order(2)
    void sameContentAgain_isReportedAsAlreadyImported_andChangesNothing() throws Exception {
        Files.copy(files("archive").get(0), inbox("観光政策課_R5（再送）.xlsx"));

        CliRunner.Result result = senryaku("import");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("取込済(重複) 観光政策課_R5（再送）.xlsx"), result.out());
        assertEquals(3, actuals().get("actuals").size());
    }

    @Test
    @Order(3)
    void laterFileWithANewValue_supersedesIt_andKeepsTheHistory() throws Exception {
        ReportWorkbook.xlsx().department("観光政策課").actual("T3-1", null, "R5", 1105, null, "確定値")
                .writeTo(inbox("観光政策課_R5確定.xlsx"));

        CliRunner.Result result = senryaku("import");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals(1105, actual(actuals(), "T3-1", 2023).get("value").asInt());
        CliRunner.Result history = senryaku("history", "T3-1");
        assertTrue(history.out().contains("令和5年度  1,100  置換済"), history.out());
        assertTrue(history.out().contains("令和5年度  1,105  現在値"), history.out());
        assertTrue(history.out().contains("観光政策課_R5確定.xlsx"), history.out());
    }

    @Test
    @Order(4)
    void badWorkbook_isSentBackWhole_withEveryProblemLocated() throws Exception {
        ReportWorkbook.xlsx().department("観光政策課")
                .actual("T3-1", null, "R6", 1110, null, null)            // fine on its own: must not land
                .actual("T9-9", null, "R6", 5, null, null)               // unknown code
                .actual("T3-1", null, "R六", 1, null, null)              // unreadable year
                .actual("T3-1", null, "R6", "たくさん", null, null)       // not a number
                .actual("T3-1", null, "R6", 1111, "人", null)            // unit
                .actual("T2-1", null, "H30", 1990, null, null)           // contradicts the baseline 約2,000
                .actual("T4-1", null, "R6", "=1+1", null, null)          // formula without a cached value
                .actual("T3-1", null, "令和6年度", 1112, null, null)      // R6 twice with another value
                .measure("M3-1-1", "R6", "進行中", null, null, null, "やめる")
                .writeTo(inbox("観光政策課_R6.xlsx"));

        CliRunner.Result result = senryaku("import");

        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("差戻し      観光政策課_R6.xlsx（エラー 9 件）"), result.out());
        String out = result.out();
        assertTrue(out.contains("シート「数値目標実績」セルA6: 計画にない指標コードです（入力値: 「T9-9」）"), out);
        assertTrue(out.contains("セルC7: 「R六」は年度として読めません"), out);
        assertTrue(out.contains("セルD8: 数値として読めません（入力値: 「たくさん」）"), out);
        assertTrue(out.contains("セルE9: 単位が計画の単位「万人」と違います"), out);
        assertTrue(out.contains("セルD12: T3-1 の 令和6年度が2回あり、内容が違います（もう一方はセルD5）"), out);
        assertTrue(out.contains("セルD10: 基準年度（平成30年度）の値が計画の基準値 約2,000人 と違います"), out);
        assertTrue(out.contains("セルD11: 数式の計算結果がファイルに保存されていません"), out);
        assertTrue(out.contains("シート「施策実施状況」セルC5: 実施状況の値が決められたものではありません（入力値: 「進行中」）"), out);
        assertTrue(out.contains("セルG5: 今後の方向性の値が決められたものではありません"), out);
        assertEquals(null, actual(actuals(), "T3-1", 2024), "nothing of a rejected file lands");
        List<Path> rejected = files("rejected");
        assertEquals(2, rejected.size(), rejected.toString());
        Path report = rejected.stream().filter(p -> p.toString().endsWith(".errors.xlsx")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(report); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("エラー一覧");
            assertEquals(List.of("区分", "シート", "セル", "入力値", "内容", "対処方法"), List.of(
                    sheet.getRow(3).getCell(0).getStringCellValue(), sheet.getRow(3).getCell(1).getStringCellValue(),
                    sheet.getRow(3).getCell(2).getStringCellValue(), sheet.getRow(3).getCell(3).getStringCellValue(),
                    sheet.getRow(3).getCell(4).getStringCellValue(), sheet.getRow(3).getCell(5).getStringCellValue()));
            assertEquals("A6", sheet.getRow(4).getCell(2).getStringCellValue());
            assertEquals("T9-9", sheet.getRow(4).getCell(3).getStringCellValue());
            assertEquals(3 + 9, sheet.getLastRowNum(), "header row 4 (index 3), then one row per problem");
        }
    }

    @Test
    @Order(5)
    void notAWorkbook_isSentBackWithOneLine() throws Exception {
        Files.writeString(inbox("観光政策課_メモ.xlsx"), "これは Excel ではありません");

        CliRunner.Result result = senryaku("import");

        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("Excel ファイル（.xlsx / .xls）ではありません"), result.out());
        assertFalse(result.out().contains("Exception"), result.out());
    }

    @Test
    @Order(6)
    void legacyXls_landsToo() throws Exception {
        ReportWorkbook.xls().department("広域連携課").actual("T4-1", "石川中央都市圏における連携事業数", "R5", 95, "事業", null)
                .writeTo(inbox("広域連携課_R5.xls"));

        CliRunner.Result result = senryaku("import");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals(95, actual(actuals(), "T4-1", 2023).get("value").asInt());
        assertEquals("広域連携課", actual(actuals(), "T4-1", 2023).get("department").asText());
    }

    @Test
    @Order(7)
    void jobs_listsEveryExecution_withItsOutcome() {
        CliRunner.Result result = senryaku("jobs");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("department-import"), result.out());
        assertTrue(result.out().contains("LANDED"), result.out());
        assertTrue(result.out().contains("REJECTED"), result.out());
        assertTrue(result.out().contains("DUPLICATE"), result.out());
        assertFalse(result.out().contains("だけを表示しました"), "all of them fit in the default 50: " + result.out());
    }

    @Test
    @Order(7)
    void jobs_withALimit_showsTheNewest_andSaysThatOlderOnesAreLeftOut() {
        CliRunner.Result result = senryaku("jobs", "--limit", "1");

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(3, lines.size(), "heading, one execution, the note: " + result.out());
        assertTrue(lines.get(2).contains("新しい 1 件だけを表示しました"), result.out());
        assertEquals(2, senryaku("jobs", "--limit", "0").exitCode(), "a limit below one is refused");
    }

    @Test
    @Order(8)
    void status_namesWhatIsReportedAndWhatIsMissing() {
        CliRunner.Result result = senryaku("status", "--year", "R5");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("令和5年度（2023年度） の提出状況"), result.out());
        assertTrue(result.out().contains("提出済 T3-1 金沢地域の年間入込客数"), result.out());
        assertTrue(result.out().contains("未提出 T1-1 合計特殊出生率"), result.out());
        assertTrue(result.out().contains("提出済 M3-1-1"), result.out());
        assertTrue(result.out().contains("未提出 M3-1-2"), result.out());
    }

    @Test
    @Order(9)
    void planShow_evaluatesWithTheStoredActuals() throws Exception {
        CliRunner.Result result = senryaku("plan", "show", "--year", "R5", "--format", "json");

        JsonNode visitors = new ObjectMapper().readTree(result.out()).at("/goals/2/targets/0/evaluation");
        assertEquals(1105, visitors.get("actual").asInt());
        assertEquals("78.95", visitors.get("rate").decimalValue().toPlainString());
        assertEquals("83.33", visitors.get("expected").decimalValue().toPlainString());
        assertEquals("C", visitors.get("grade").asText());
    }

    @Test
    @Order(10)
    void template_filledInAndSentBack_lands() throws Exception {
        CliRunner.Result made = senryaku("template", "--year", "R6", "--department", "企画調整課", "--out",
                home.resolve("templates").toString());
        assertEquals(0, made.exitCode(), made.err());
        Path template = home.resolve("templates/企画調整課_R6報告.xlsx");
        Path filled = inbox("企画調整課_R6報告.xlsx");
        try (InputStream in = Files.newInputStream(template);
                org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            Sheet actuals = workbook.getSheet("数値目標実績");
            assertEquals("企画調整課", actuals.getRow(1).getCell(1).getStringCellValue());
            assertEquals(List.of("T1-1", "T2-1", "T3-1", "T3-2", "T4-1"), List.of(actuals.getRow(4).getCell(0).getStringCellValue(),
                    actuals.getRow(5).getCell(0).getStringCellValue(), actuals.getRow(6).getCell(0).getStringCellValue(),
                    actuals.getRow(7).getCell(0).getStringCellValue(), actuals.getRow(8).getCell(0).getStringCellValue()));
            assertTrue(actuals.getRow(4).getCell(0).getCellStyle().getLocked(), "codes are locked");
            assertFalse(actuals.getRow(4).getCell(3).getCellStyle().getLocked(), "実績値 is open for input");
            assertTrue(((org.apache.poi.xssf.usermodel.XSSFSheet) actuals).isSheetLocked());
            assertEquals(1, actuals.getDataValidations().size(), "the milestone's states");
            Sheet measures = workbook.getSheet("施策実施状況");
            assertEquals(2, measures.getDataValidations().size(), "実施状況 and 今後の方向性");
            assertTrue(workbook.getSheet("記入方法") != null);
            actuals.getRow(4).getCell(3).setCellValue("集計中");
            actuals.getRow(6).getCell(3).setCellValue("1,118万人");
            actuals.getRow(7).getCell(3).setCellValue("整備");
            measures.getRow(4).getCell(3).setCellValue("完了");
            measures.getRow(4).getCell(7).setCellValue("継続");
            try (var out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }

        CliRunner.Result imported = senryaku("import");

        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        assertTrue(imported.out().contains("取込済      企画調整課_R6報告.xlsx（企画調整課、実績 3 件・取組 1 件）"), imported.out());
        JsonNode stored = actuals();
        assertEquals(1118, actual(stored, "T3-1", 2024).get("value").asInt());
        assertEquals("整備", actual(stored, "T3-2", 2024).get("state").asText());
        assertFalse(actual(stored, "T1-1", 2024).get("published").asBoolean());
    }

    @Test
    @Order(11)
    void interruptedImportWhoseFileIsGone_isClearedAtTheNextRun() throws Exception {
        long importId;
        try (java.sql.Connection connection = TestStores.connect(environment);
                java.sql.Statement statement = connection.createStatement()) {
            // An import begun by the first execution, whose file (観光政策課_R5.xlsx) has since left the inbox.
            java.sql.ResultSet first = statement.executeQuery("SELECT MIN(JOBEXECUTIONID) FROM JOB_EXECUTION");
            first.next();
            statement.executeUpdate("INSERT INTO import_file (sha256, status, original_name, department, size_bytes,"
                    + " actual_count, measure_count, warning_count, error_count, job_execution_id, started_at) VALUES ('"
                    + "f".repeat(64) + "', 'STAGING', 'x.xlsx', '', 0, 0, 0, 0, 0, " + first.getLong(1) + ", CURRENT_TIMESTAMP)",
                    new String[] {"id"});
            java.sql.ResultSet keys = statement.getGeneratedKeys();
            keys.next();
            importId = keys.getLong(1);
            statement.executeUpdate("INSERT INTO actual (import_file_id, ordinal, target_code, fiscal_year, approximate,"
                    + " published, sheet, cell, plan_code) VALUES (" + importId + ", 1, 'T3-1', 2024, FALSE, TRUE, 's', 'D5',"
                    + " 'kanazawa-2nd')");
        }

        CliRunner.Result result = senryaku("import");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("取込 1 件の途中データを削除しました"), result.out());
        try (java.sql.Connection connection = TestStores.connect(environment);
                java.sql.Statement statement = connection.createStatement()) {
            java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM actual WHERE import_file_id = " + importId);
            rows.next();
            assertEquals(0, rows.getLong(1));
            java.sql.ResultSet status = statement.executeQuery("SELECT status FROM import_file WHERE id = " + importId);
            status.next();
            assertEquals("ABANDONED", status.getString(1));
        }
    }
}
