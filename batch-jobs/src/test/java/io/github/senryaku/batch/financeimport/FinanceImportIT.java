package io.github.senryaku.batch.financeimport;

import io.github.senryaku.batch.departmentimport.ReportWorkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.cli.CliRunner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The finance import end to end: the real command and job, an H2 file store, the report reading it back. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinanceImportIT {

    @TempDir
    static Path home;

    private static Map<String, String> environment;

    @BeforeAll
    static void dataFolder() {
        environment = TestStores.environment(home);
    }

    private static CliRunner.Result senryaku(String... args) {
        return CliRunner.run(environment, args);
    }

    /** Current lines of a year as "project=budget/spent", and how many lines are history. */
    private static List<String> lines(int year, boolean current) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = TestStores.connect(environment);
                var select = connection.prepareStatement("SELECT project_code, budget_yen, spent_yen, measure_code"
                        + " FROM budget_line b JOIN import_file f ON f.id = b.import_file_id AND f.status = 'LANDED'"
                        + " WHERE fiscal_year = ? AND (superseded_at IS NULL) = ? ORDER BY project_code")) {
            select.setInt(1, year);
            select.setBoolean(2, current);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + "=" + rs.getBigDecimal(2).toPlainString() + "/"
                            + rs.getBigDecimal(3).toPlainString() + (rs.getString(4) == null ? "" : "@" + rs.getString(4)));
                }
            }
        }
        return lines;
    }

    @Test
    @Order(1)
    void goodWorkbook_inThousandsOfYen_landsInYen() throws Exception {
        Path file = FinanceWorkbook.xlsx()
                .line("B-001", "子育て応援事業", "M1-1-1", "R6", 12000, "10,800", "一般財源")
                .line("B-002", "拠点施設運営事業", "Ｍ３－１－１", 2024, "５０，０００", 45000, "地方創生推進交付金")
                .line("B-900", "庁舎維持管理", null, "令和6年度", 3000, 2900, "一般財源")
                .writeTo(home.resolve("財政課_R6当初.xlsx"));

        CliRunner.Result result = senryaku("import", "--finance", file.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("取込済      財政課_R6当初.xlsx（財政課、予算・決算 3 行）"), result.out());
        assertEquals(List.of("B-001=12000000/10800000@M1-1-1", "B-002=50000000/45000000@M3-1-1", "B-900=3000000/2900000"),
                lines(2024, true));
    }

    @Test
    @Order(2)
    void sameContentAgain_isADuplicate() throws Exception {
        Path again = Files.copy(home.resolve("archive").resolve(archived("財政課_R6当初.xlsx")), home.resolve("again.xlsx"));

        CliRunner.Result result = senryaku("import", "--finance", again.toString());

        assertEquals(0, result.exitCode(), result.out());
        assertTrue(result.out().contains("取込済(重複)"), result.out());
        assertEquals(3, lines(2024, true).size());
    }

    @Test
    @Order(3)
    void aLaterFileForTheYear_replacesItsLines_keepingHistory() throws Exception {
        Path file = FinanceWorkbook.xlsx().headers("事業コード", "事業名", "取組コード", "年度", "予算額", "決算額")
                .line("B-001", "子育て応援事業", "M1-1-1", "R6", 13000000, 12500000)
                .line("B-002", "拠点施設運営事業", "M3-1-1", "R6", 50000000, 48000000)
                .writeTo(home.resolve("財政課_R6決算.xlsx"));

        CliRunner.Result result = senryaku("import", "--finance", file.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals(List.of("B-001=13000000/12500000@M1-1-1", "B-002=50000000/48000000@M3-1-1"), lines(2024, true),
                "B-900 is not in the later file, so it is no longer current");
        assertEquals(3, lines(2024, false).size(), "the earlier file's lines stay as history");
    }

    @Test
    @Order(4)
    void theReport_showsBudgetAndExecutionRate_perPolicyAndMeasure() throws Exception {
        CliRunner.Result result = senryaku("report", "--year", "R6", "--format", "xlsx");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(home.resolve("reports/kanazawa-2nd/R6/進捗状況報告書_R6.xlsx").toFile())) {
            Sheet measures = workbook.getSheet("取組状況");
            Row header = measures.getRow(2);
            int budget = -1;
            int rate = -1;
            for (var cell : header) {
                budget = cell.getStringCellValue().equals("予算額（千円）") ? cell.getColumnIndex() : budget;
                rate = cell.getStringCellValue().equals("執行率") ? cell.getColumnIndex() : rate;
            }
            Row gift = null;
            for (Row row : measures) {
                if (row.getCell(3) != null && "M1-1-1".equals(row.getCell(3).toString())) {
                    gift = row;
                }
            }
            assertEquals(13000, gift.getCell(budget).getNumericCellValue());
            assertEquals(new BigDecimal("0.962"), BigDecimal.valueOf(gift.getCell(rate).getNumericCellValue()));
        }
    }

    @Test
    @Order(5)
    void everyBadLine_isNamed_andTheWholeFileSentBack() throws Exception {
        Path file = FinanceWorkbook.xlsx()
                .line("B-101", "観光振興事業", "M3-9-9", "R6", 1000, 900, "")
                .line("B-102", "移住促進事業", "M2-2-1", "R6", "たくさん", 100, "")
                .line("B-103", "", "M2-2-2", "R6", -5, 0, "")
                .line("B-104", "交流事業", "M2-3-1", "R12", 10, 10, "")
                .line("B-105", "連携事業", "M4-1-1", "R6", 10, 10, "")
                .line("B-105", "連携事業（追加）", "M4-1-1", "R6", 20, 10, "")
                .writeTo(home.resolve("財政課_誤り.xlsx"));

        CliRunner.Result result = senryaku("import", "--finance", file.toString());

        assertEquals(1, result.exitCode(), result.out());
        String out = result.out();
        assertTrue(out.contains("差戻し      財政課_誤り.xlsx（エラー 6 件）"), out);
        assertTrue(out.contains("セルC4: 計画にない取組コードです（入力値: 「M3-9-9」）"), out);
        assertTrue(out.contains("戦略外"), "the hint says how to mark a line outside the strategy: " + out);
        assertTrue(out.contains("セルE5: 金額として読めません（入力値: 「たくさん」）"), out);
        assertTrue(out.contains("セルB6: 事業名が空欄です"), out);
        assertTrue(out.contains("セルE6: 予算額が負の数です"), out);
        assertTrue(out.contains("セルD7: 令和12年度は計画期間"), out);
        assertTrue(out.contains("セルA9: 事業コード「B-105」の2024年度の行が2つあります（先の行: シート「事業別予算決算」セルA8）"), out);
        try (Stream<Path> rejected = Files.list(home.resolve("rejected"))) {
            assertTrue(rejected.anyMatch(f -> f.toString().endsWith("財政課_誤り.xlsx.errors.xlsx")));
        }
        assertEquals(2, lines(2024, true).size(), "nothing of the bad file landed");
    }

    @Test
    @Order(6)
    void headerInAnUnknownUnit_orADepartmentWorkbook_isSentBackWithOneLine() throws Exception {
        Path unit = FinanceWorkbook.xlsx().headers("事業コード", "事業名", "取組コード", "年度", "予算額（万円）", "決算額")
                .line("B-1", "事業", "", "R6", 1, 1).writeTo(home.resolve("財政課_万円.xlsx"));
        CliRunner.Result result = senryaku("import", "--finance", unit.toString());
        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.out().contains("セルE3: 見出し「予算額(万円)」の単位「万円」は読めません"), result.out());

        Path department = ReportWorkbook.xlsx().department("観光政策課")
                .actual("T3-1", "金沢地域の年間入込客数", "R6", 1121, "万人", null).writeTo(home.resolve("観光政策課_R6.xlsx"));
        CliRunner.Result wrong = senryaku("import", "--finance", department.toString());
        assertEquals(1, wrong.exitCode(), wrong.out());
        assertTrue(wrong.out().contains("シート「事業別予算決算」がありません"), wrong.out());
    }

    @Test
    @Order(7)
    void theTemplate_filledIn_landsAsItIs() throws Exception {
        Path folder = home.resolve("様式");
        CliRunner.Result made = senryaku("template", "--finance", "--year", "R5", "--out", folder.toString());
        assertEquals(0, made.exitCode(), made.out() + made.err());
        Path template = folder.resolve("財政課_R5予算決算.xlsx");
        assertTrue(made.out().contains(template.toString()), made.out());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            Sheet sheet = workbook.getSheet("事業別予算決算");
            assertEquals("予算額（千円）", sheet.getRow(FinanceTemplate.HEADER_ROW).getCell(4).getStringCellValue());
            assertEquals("令和5年度", sheet.getRow(FinanceTemplate.HEADER_ROW + 1).getCell(3).getStringCellValue());
            assertEquals("M1-1-1", workbook.getSheet("取組一覧").getRow(1).getCell(0).getStringCellValue());
            assertEquals(2, sheet.getDataValidations().size(), "取組コード and 財源 lists");
            Row line = sheet.getRow(FinanceTemplate.HEADER_ROW + 1);
            line.getCell(0).setCellValue("B-501");
            line.getCell(1).setCellValue("移住相談事業");
            line.getCell(2).setCellValue("M2-2-1");
            line.getCell(4).setCellValue(2500);
            line.getCell(5).setCellValue(2400);
            line.getCell(6).setCellValue("地方創生推進交付金");
            try (var out = Files.newOutputStream(home.resolve("財政課_R5.xlsx"))) {
                workbook.write(out);
            }
        }

        CliRunner.Result result = senryaku("import", "--finance", home.resolve("財政課_R5.xlsx").toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("予算・決算 1 行"), "499 lines with only their year are blank: " + result.out());
        assertEquals(List.of("B-501=2500000/2400000@M2-2-1"), lines(2023, true));
    }

    @Test
    @Order(8)
    void finance_needsAFile() {
        CliRunner.Result result = senryaku("import", "--finance");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("財政課のファイル"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    private static String archived(String name) throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("archive"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(name)).findFirst().orElseThrow();
        }
    }
}
