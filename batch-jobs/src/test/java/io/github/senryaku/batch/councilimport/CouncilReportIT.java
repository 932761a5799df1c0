package io.github.senryaku.batch.councilimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.cli.CliRunner;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The council's opinions from the office's workbook to the printed report: the template the real command writes,
 * filled in with POI and imported by {@code senryaku import --council}, then {@code senryaku report} — the PDF, the
 * HTML edition and the workbook print each opinion beside what it is about, and the data fingerprint covers them.
 */
class CouncilReportIT {

    private static final int FIRST = CouncilTemplate.HEADER_ROW + 1;
    private static final String OVERALL = "計画全体として着実に進んでいる";
    private static final String OVERALL_RESPONSE = "全庁で引き続き推進する";
    private static final String GOAL = "出生率の回復が遅い";
    private static final String GOAL_RESPONSE = "相談支援を拡充する";
    private static final String TARGET = "入込客数の回復を評価する";
    private static final String TARGET_RESPONSE = "誘客と分散化を両立させる";

    @TempDir
    static Path home;

    private static Map<String, String> environment;
    private static Path folder;
    private static String hashWithout;

    @BeforeAll
    static void importedAndReported() throws Exception {
        environment = TestStores.environment(home);
        CliRunner.Result before = CliRunner.run(environment, "report", "--year", "R6", "--format", "pdf");
        assertEquals(0, before.exitCode(), before.out() + before.err());
        folder = home.resolve("reports").resolve("kanazawa-2nd").resolve("R6");
        hashWithout = io.github.senryaku.batch.annualreport.Manifest.read(folder).sha256();

        CliRunner.Result made = CliRunner.run(environment, "template", "--council", "--year", "R6", "--out",
                home.resolve("様式").toString());
        assertEquals(0, made.exitCode(), made.out() + made.err());
        Path file = filled(home.resolve("様式").resolve("推進会議意見_R6.xlsx"), home.resolve("推進会議意見_R6_第1回.xlsx"));
        CliRunner.Result imported = CliRunner.run(environment, "import", "--council", file.toString());
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());

        CliRunner.Result reported = CliRunner.run(environment, "report", "--year", "R6");
        assertEquals(0, reported.exitCode(), reported.out() + reported.err());
    }

    /** Rows 0 (総括) and 1 (G1) come with their codes; row 6 is a free row, given T3-1. */
    private static Path filled(Path template, Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            Sheet sheet = workbook.getSheet("推進会議意見");
            write(sheet.getRow(FIRST), null, OVERALL, OVERALL_RESPONSE, "第2回推進会議");
            write(sheet.getRow(FIRST + 1), null, GOAL, GOAL_RESPONSE, "A委員");
            write(sheet.getRow(FIRST + 6), "T3-1", TARGET, TARGET_RESPONSE, null);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static void write(Row row, String code, String opinion, String response, String by) {
        if (code != null) {
            row.getCell(0).setCellValue(code);
        }
        row.getCell(3).setCellValue(opinion);
        row.getCell(4).setCellValue(response);
        if (by != null) {
            row.getCell(5).setCellValue(by);
        }
    }

    @Test
    void pdf_printsEachOpinionAndResponse_underItsSubject() throws Exception {
        String pdf;
        try (PDDocument document = Loader.loadPDF(folder.resolve("進捗状況報告書_R6.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
        }

        assertInOrder(pdf, "推進会議・外部有識者の意見（総括）", OVERALL, OVERALL_RESPONSE, "第2回推進会議",
                "基本目標1　", "推進会議等の意見", GOAL, GOAL_RESPONSE, "A委員", "T1-1　合計特殊出生率",
                "T3-1　金沢地域の年間入込客数", "推進会議等の意見", TARGET, TARGET_RESPONSE, "T3-2　価値創造拠点施設の整備");
    }

    @Test
    void html_showsTheOverallOpinionsOnTheSummary_andATargetsInsideItsSection() throws Exception {
        String index = Files.readString(folder.resolve("html/index.html"), StandardCharsets.UTF_8);
        String goal3 = Files.readString(folder.resolve("html/goal-3.html"), StandardCharsets.UTF_8);

        assertInOrder(index, "id=\"overall-council\"", OVERALL, OVERALL_RESPONSE, "</section>");
        assertInOrder(goal3, "<section class=\"target\" id=\"T3-1\"", "id=\"T3-1-council\"", TARGET, TARGET_RESPONSE,
                "</section>", "</section>", "id=\"T3-2\"");
        assertInOrder(Files.readString(folder.resolve("html/goal-1.html"), StandardCharsets.UTF_8),
                "id=\"G1-council\"", GOAL, GOAL_RESPONSE, "A委員", "id=\"T1-1\"");
    }

    @Test
    void workbook_listsTheOpinions_andTheFingerprintCoversThem() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("進捗状況報告書_R6.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("推進会議意見");
            assertEquals("T3-1", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
            assertEquals(TARGET, sheet.getRow(sheet.getLastRowNum()).getCell(2).getStringCellValue());
        }
        String hashWith = io.github.senryaku.batch.annualreport.Manifest.read(folder).sha256();
        assertTrue(!hashWith.equals(hashWithout), "the opinions change the data fingerprint");
    }

    /** Each piece is found after the one before it. */
    private static void assertInOrder(String text, String... pieces) {
        int at = 0;
        for (String piece : pieces) {
            int found = text.indexOf(piece, at);
            assertTrue(found >= 0, "「" + piece + "」 is not after 「" + text.substring(Math.max(0, at - 80), at) + "」");
            at = found + piece.length();
        }
    }
}
