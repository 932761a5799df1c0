package io.github.senryaku.batch.departmentimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.cli.CliRunner;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what a department meant to send: each is sent back whole with a one-line reason,
 * never a stack trace. Every file goes through the real job; one data folder for the class.
 */
class DepartmentImportFilesIT {

    @TempDir
    static Path home;

    private static CliRunner.Result importing(Path file, Map<String, String> extra) {
        Map<String, String> environment = new java.util.HashMap<>(extra);
        environment.put("SENRYAKU_HOME", home.toString());
        return CliRunner.run(environment, "import", file.toString());
    }

    private static CliRunner.Result importing(Path file) {
        return importing(file, Map.of());
    }

    private static Path good(String name) throws Exception {
        return ReportWorkbook.xlsx().actual("T4-1", null, "R5", 90, null, null).writeTo(home.resolve("work").resolve(name));
    }

    private static void assertSentBack(CliRunner.Result result, String reason) {
        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("差戻し"), result.out());
        assertTrue(result.out().contains(reason), result.out());
        assertFalse(result.out().contains("Exception") || result.err().contains("Exception"), result.out() + result.err());
    }

    @Test
    void fileOverTheSizeLimit_isSentBack() throws Exception {
        Path big = home.resolve("work/大きい.xlsx");
        Files.createDirectories(big.getParent());
        Files.write(big, new byte[2 * 1024 * 1024 + 1]);

        assertSentBack(importing(big, Map.of("SENRYAKU_MAX_FILE_SIZE_MB", "2")), "ファイルが大きすぎます（2.0 MB、上限 2 MB）");
    }

    @Test
    void encryptedWorkbook_isSentBack() throws Exception {
        Path plain = good("暗号化前.xlsx");
        Path encrypted = home.resolve("work/暗号化.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }

        assertSentBack(importing(encrypted), "パスワードで保護（暗号化）されています");
    }

    @Test
    void truncatedWorkbook_isSentBack() throws Exception {
        byte[] bytes = Files.readAllBytes(good("途中まで.xlsx"));
        Path truncated = home.resolve("work/壊れた.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

        assertSentBack(importing(truncated), "ファイルが壊れていて読めません");
    }

    @Test
    void zipBomb_isSentBackWithoutBeingInflated() throws Exception {
        Path source = good("元.xlsx");
        Path bomb = home.resolve("work/爆弾.xlsx");
        try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<sheetData");
                    content = (xml.substring(0, body) + "<!--" + " ".repeat(50_000_000) + "-->" + xml.substring(body))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
        }

        assertSentBack(importing(bomb), "zip bomb");
    }

    @Test
    void workbookWithoutReportSheets_namesTheSheetsItHas() throws Exception {
        Path other = home.resolve("work/別様式.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("メモ");
            workbook.write(out);
        }

        assertSentBack(importing(other), "シート「数値目標実績」「施策実施状況」のどちらもありません（このファイルのシート: Sheet1）");
    }

    @Test
    void sheetWithoutItsHeaderRow_namesTheMissingHeaders() throws Exception {
        Path file = ReportWorkbook.xlsx().actualHeaders(List.of("指標コード", "指標名", "年度", "実績", "単位", "備考"))
                .actual("T4-1", null, "R5", 90, null, null).writeTo(home.resolve("work/見出し違い.xlsx"));

        CliRunner.Result result = importing(file);

        assertSentBack(result, "シート「数値目標実績」セルA4: 見出し行に「実績値」がありません");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"department-R5-libreoffice.xlsx", "department-R5-libreoffice.xls"})
    void workbooksSavedByLibreOffice_land(String fixture) throws Exception {
        Path file = home.resolve("work").resolve(fixture);
        Files.createDirectories(file.getParent());
        Files.copy(io.github.senryaku.batch.workbook.WorkbookFixtures.libreOffice(fixture), file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRunner.Result result = importing(file);

        assertEquals(0, result.exitCode(), result.out() + result.err());
        // The .xls holds the same values as the .xlsx before it: it lands, and changes nothing.
        assertTrue(result.out().contains(fixture.endsWith(".xlsx") ? "（観光政策課、実績 4 件・取組 1 件）"
                : "（観光政策課、実績 0 件・取組 0 件）"), result.out());
        CliRunner.Result actuals = CliRunner.run(Map.of("SENRYAKU_HOME", home.toString()), "actuals", "--year", "R5");
        assertTrue(actuals.out().contains("T3-1  令和5年度  1,105"), actuals.out());
        assertTrue(actuals.out().contains("T3-2  令和5年度  整備中"), actuals.out());
        assertTrue(actuals.out().contains("T4-1  令和5年度  92"), actuals.out());
        assertTrue(actuals.out().contains("T2-1  令和5年度  約1,900"), actuals.out());
        assertTrue(actuals.out().contains("M3-1-1  令和5年度  実施中・今後 継続"), actuals.out());
    }

    @Test
    void sameCodeYearAndValueTwice_isAWarning_andLandsOnce() throws Exception {
        Path file = ReportWorkbook.xlsx().department("広域連携課")
                .actual("T4-1", null, "R3", 85, null, null)
                .actual("Ｔ４－１", null, "令和3年度", "85事業", null, null)
                .writeTo(home.resolve("work/広域連携課_R3.xlsx"));

        CliRunner.Result result = importing(file);

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("実績 1 件・取組 0 件、警告 1 件"), result.out());
        assertTrue(result.out().contains("セルD6: [警告] T4-1 の 令和3年度が2回あります（セルD5と同じ内容）"), result.out());
    }

    @Test
    void departmentMissingFromTheSheet_isTakenFromTheFileName_andHeadersMayBeInAnyOrder() throws Exception {
        Path file = ReportWorkbook.xlsx().department(null)
                .actualHeaders(List.of("実績値", "年度", "備考", "単位", "指標名", "指標コード"))
                .actual(91, "R5", null, "事業", null, "T4-1").writeTo(home.resolve("work/広域連携課_R5報告.xlsx"));

        CliRunner.Result result = importing(file);

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("取込済      広域連携課_R5報告.xlsx（広域連携課、実績 1 件"), result.out());
        assertTrue(Files.exists(file), "a file given from outside the inbox is copied, not moved");
    }
}
