package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.departmentimport.ReportWorkbook;
import io.github.senryaku.batch.financeimport.FinanceWorkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.cli.CliRunner;
import io.github.senryaku.testing.JarProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files made to break the import — or made carelessly: each ends as a 差戻し (exit 1) with one Japanese
 * line naming the place, never a failed job, a stack trace, a path or the parser's English; wrong values
 * never land silently. Every file goes through the real job; one data folder for the class.
 */
class HostileFilesIT {

    @TempDir
    static Path home;

    private static CliRunner.Result importing(Path file, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("import"));
        args.addAll(List.of(options));
        args.add(file.toString());
        return CliRunner.run(Map.of("SENRYAKU_HOME", home.toString()), args.toArray(String[]::new));
    }

    private static Path work(String name) {
        return home.resolve("work").resolve(name);
    }

    private static void assertSentBack(CliRunner.Result result, String... expected) {
        String all = result.out() + result.err();
        assertEquals(1, result.exitCode(), all);
        assertTrue(result.out().contains("差戻し"), all);
        for (String line : expected) {
            assertTrue(result.out().contains(line), "expected 「" + line + "」 in:\n" + all);
        }
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("異常終了"), all);
        assertFalse(all.contains(home.toAbsolutePath().resolve("work").toString() + "/"), "no absolute path: " + all);
    }

    private static ReportWorkbook oneActual(Object value, Object remark) {
        return ReportWorkbook.xlsx().actual("T4-1", null, "R5", value, null, remark);
    }

    @Test
    void emptyFile_isSentBack() throws Exception {
        Path empty = work("空.xlsx");
        Files.createDirectories(empty.getParent());
        Files.write(empty, new byte[0]);

        assertSentBack(importing(empty), "ファイルが空です（0 バイト）");
    }

    @Test
    void doctypeInTheWorkbookPart_isSentBackInJapanese() throws Exception {
        Path file = oneActual(90, null).writeTo(work("定義入り.xlsx"));
        Zips.replace(file, "xl/workbook.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));

        CliRunner.Result result = importing(file);

        assertSentBack(result, "ファイルの中に許可されていない定義（DOCTYPE）があります", "Excel で開いて保存し直してください");
        assertFalse(result.out().contains("disallowed"), result.out());
    }

    @Test
    void doctypeInASheet_isSentBackInJapanese() throws Exception {
        Path file = oneActual(90, null).writeTo(work("シート定義入り.xlsx"));
        Zips.replace(file, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"));

        assertSentBack(importing(file), "ファイルの中に許可されていない定義（DOCTYPE）があります");
    }

    @Test
    void truncatedZip_isSentBackWithoutItsPath() throws Exception {
        byte[] bytes = Files.readAllBytes(oneActual(90, null).writeTo(work("途中まで元.xlsx")));
        Path truncated = work("途中まで.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 2 / 3));

        assertSentBack(importing(truncated), "ファイルが壊れていて読めません（圧縮（zip）形式が不完全です");
    }

    @Test
    void sheetXmlBrokenBelowTheHeader_isSentBackFromTheStageStep() throws Exception {
        ReportWorkbook workbook = ReportWorkbook.xlsx();
        for (int i = 0; i < 30; i++) {
            workbook.actual("T4-1", null, "R5", 90, null, null);
        }
        Path file = workbook.writeTo(work("途中で壊れた.xlsx"));
        Zips.replace(file, "xl/worksheets/sheet1.xml", xml -> xml.replace("<row r=\"20\"", "<row r=\"20\"><c r=\"A20\" <<"));

        assertSentBack(importing(file), "シート「数値目標実績」セルA20: シート「数値目標実績」の XML が壊れています（セルA20の辺り）");
        assertEquals(0, Files.list(home.resolve("archive")).filter(p -> p.toString().contains("途中で壊れた")).count());
    }

    @Test
    void sharedStringLongerThanACell_isSentBackNamingTheCell() throws Exception {
        Path file = oneActual(90, "PLACEHOLDER").writeTo(work("長い文字列.xlsx"));
        Zips.insert(file, "xl/sharedStrings.xml", "PLACEHOLDER", out -> Zips.text(out, 40_000_000));

        assertSentBack(importing(file),
                "シート「数値目標実績」セルF5: セルの文字数（40,000,000文字）が上限（32,767文字）を超えています");
    }

    @Test
    void inlineStringLongerThanACell_isSentBackNamingTheCell() throws Exception {
        Path file = oneActual(90, null).writeTo(work("長いセル.xlsx"));
        Zips.insert(file, "xl/worksheets/sheet1.xml", "</row></sheetData>", out -> {
            out.write("<c r=\"F5\" t=\"inlineStr\"><is><t>");
            Zips.text(out, 40_000);
            out.write("</t></is></c></row></sheetData>");
        });

        assertSentBack(importing(file), "セルF5: セルの文字数（40,000文字）が上限（32,767文字）を超えています");
    }

    @Test
    void sharedStringsOverTheirTotal_areSentBack() throws Exception {
        ReportWorkbook workbook = ReportWorkbook.xlsx();
        workbook.actual("T4-1", null, "R5", 90, null, "PLACEHOLDER");
        Path file = workbook.writeTo(work("共有文字列が多い.xlsx"));
        // 1,000 strings of 30,001 characters: each within a cell's limit, together over the 30 million.
        Zips.insert(file, "xl/sharedStrings.xml", "</si>", out -> {
            out.write("</si>");
            for (int i = 0; i < 1_000; i++) {
                out.write("<si><t>");
                Zips.text(out, 30_001);
                out.write("</t></si>");
            }
        });

        assertSentBack(importing(file), "共有文字列（sharedStrings）の合計が上限（3,000万文字）を超えています");
    }

    @Test
    void hugeCellInASmallHeap_isSentBack_notOutOfMemory() throws Exception {
        Path file = oneActual(90, "PLACEHOLDER").writeTo(work("巨大セル.xlsx"));
        Zips.insert(file, "xl/sharedStrings.xml", "PLACEHOLDER", out -> Zips.text(out, 300_000_000));
        assertTrue(Files.size(file) < 20L * 1024 * 1024, "within the upload limit: " + Files.size(file));
        Path log = home.resolve("巨大セル.log");
        ProcessBuilder builder = JarProcess.senryaku(List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"),
                Map.of("SENRYAKU_HOME", home.resolve("小さなヒープ").toString()), "import", file.toString())
                .redirectOutput(log.toFile());
        Process senryaku = builder.start();
        assertTrue(senryaku.waitFor(180, TimeUnit.SECONDS));
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertEquals(1, senryaku.exitValue(), output);
        assertTrue(output.contains("セルF5: セルの文字数（300,000,000文字）が上限（32,767文字）を超えています"), output);
        assertFalse(output.contains("OutOfMemoryError"), output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void figureOverTheStoresPrecision_isALocatedError(String format) throws Exception {
        ReportWorkbook workbook = format.equals("xls") ? ReportWorkbook.xls() : ReportWorkbook.xlsx();
        Path file = workbook.actual("T4-1", null, "R5", 1e300, null, null)
                .actual("T4-1", null, "R4", "1".repeat(45), null, null)
                .actual("T4-1", null, "R3", 0.12345678901, null, null)
                .writeTo(work("桁あふれ." + format));

        assertSentBack(importing(file), "セルD5: 桁数が多すぎます（整数部 301 桁。整数部は 28 桁まで）",
                "セルD6: 桁数が多すぎます（整数部 45 桁。整数部は 28 桁まで）",
                "セルD7: 小数点以下の桁数が多すぎます（11 桁。小数点以下は 10 桁まで）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void dateFormattedFigure_isALocatedError_notASerialNumber(String format) throws Exception {
        ReportWorkbook workbook = format.equals("xls") ? ReportWorkbook.xls() : ReportWorkbook.xlsx();
        Path file = workbook.actual("T4-1", null, "R5", LocalDate.of(2024, 4, 1), null, null).writeTo(work("日付." + format));

        assertSentBack(importing(file), "セルD5: 日付の表示形式のセルです（2024/4/1 は数値としては 45383）");
    }

    @Test
    void departmentLongerThanItsColumn_isALocatedError() throws Exception {
        Path file = ReportWorkbook.xlsx().department("課".repeat(300)).actual("T4-1", null, "R5", 90, null, null)
                .writeTo(work("長い担当課.xlsx"));

        assertSentBack(importing(file), "シート「数値目標実績」セルB2: 担当課名が長すぎます（300文字）");
    }

    @Test
    void textsLongerThanTheirColumns_areLocatedErrors() throws Exception {
        Path file = ReportWorkbook.xlsx()
                .actual("T4-1", null, "R5", 90, null, "あ".repeat(5_000))
                .measure("M3-1-1", "R5", "実施中", "い".repeat(5_000), null, "う".repeat(4_001), "継続")
                .writeTo(work("長い文章.xlsx"));

        assertSentBack(importing(file), "セルF5: 備考が長すぎます（5,000文字）",
                "セルD5: 取組内容が長すぎます（5,000文字）", "セルF5: 課題が長すぎます（4,001文字）");
    }

    @Test
    void duplicatedHeader_namesBothCells() throws Exception {
        Path file = ReportWorkbook.xlsx().actualHeaders(List.of("指標コード", "指標名", "年度", "実績値", "単位", "実績値"))
                .actual("T4-1", null, "R5", 90, null, 95).writeTo(work("見出し重複.xlsx"));

        assertSentBack(importing(file), "セルF4: 見出し「実績値」が2つあります（セルD4とセルF4）");
    }

    @Test
    void financeFieldsOverTheirColumns_areLocatedErrors() throws Exception {
        Path file = FinanceWorkbook.xlsx()
                .line("B-001", "子育て応援事業", "M1-1-1", "R6", 1e30, 10, "一般財源")
                .line("B".repeat(65), "事".repeat(401), "M1-1-1", "R6", 10, 10, "財".repeat(201))
                .writeTo(work("財政課_桁あふれ.xlsx"));

        assertSentBack(importing(file, "--finance"), "セルE4: 予算額が大きすぎます（円にして 34 桁）",
                "セルA5: 事業コードが長すぎます（65文字）", "セルB5: 事業名が長すぎます（401文字）", "セルG5: 財源が長すぎます（201文字）");
    }

    @Test
    void nameOf250Bytes_landsAndIsArchivedUnderAShorterName() throws Exception {
        String name = "広域連携課_" + "報".repeat(76) + ".xlsx";
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length >= 249);
        Path file = ReportWorkbook.xlsx().department("広域連携課").actual("T4-1", null, "R4", 88, null, null)
                .writeTo(work(name));

        CliRunner.Result result = importing(file);

        assertEquals(0, result.exitCode(), result.out() + result.err());
        try (var archived = Files.list(home.resolve("archive"))) {
            List<String> names = archived.map(p -> p.getFileName().toString()).filter(n -> n.contains("報報")).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).endsWith("報.xlsx") && names.get(0).getBytes(StandardCharsets.UTF_8).length <= 255,
                    names.get(0));
        }
    }

    @Test
    void nameOf250Bytes_rejected_keepsItsErrorReportBesideIt() throws Exception {
        String name = "広域連携課_" + "誤".repeat(76) + ".xlsx";
        Path file = ReportWorkbook.xlsx().actual("T9-9", null, "R4", 88, null, null).writeTo(work(name));

        assertSentBack(importing(file), "計画にない指標コードです");
        try (var rejected = Files.list(home.resolve("rejected"))) {
            assertEquals(2, rejected.filter(p -> p.getFileName().toString().contains("誤誤")).count());
        }
    }

    @Test
    void departmentInNfd_isTheSameDepartment() throws Exception {
        String nfd = Normalizer.normalize("観光ガイド課", Normalizer.Form.NFD);
        assertFalse(nfd.equals("観光ガイド課"));
        Path inCell = ReportWorkbook.xlsx().department(nfd).actual("T4-1", null, "R3", 85, null, null)
                .writeTo(work("NFD担当課.xlsx"));
        Path inName = ReportWorkbook.xlsx().department(null).actual("T4-1", null, "R3", 85, null, "名前から")
                .writeTo(work(nfd + "_R3.xlsx"));

        assertEquals(0, importing(inCell).exitCode());
        assertEquals(0, importing(inName).exitCode());

        assertEquals(2, TestStores.count(home, "SELECT COUNT(*) FROM import_file WHERE department = '観光ガイド課'"));
    }
}
