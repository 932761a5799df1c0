package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.departmentimport.ReportWorkbook;
import io.github.senryaku.batch.importing.Zips;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as the systemd unit runs it (a bounded heap, exit on OutOfMemoryError) against uploads that
 * once made it deaf or answer 500: a workbook of 10 MB holding one cell of 300 million characters, and one
 * of 20,000 bad rows. Both are sent back (差戻し) with a Japanese line, the page lists the first 100
 * problems and the count, and the server answers /health afterwards.
 */
class HostileUploadIT {

    private static final String PASSWORD = "kikaku-secret-2024";

    @TempDir
    static Path home;

    private static Process server;
    private static String address;

    @BeforeAll
    static void start() throws Exception {
        ServerProcess.addUser(home, "kikaku", "planning", PASSWORD);
        server = ServerProcess.senryaku(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), home, ServerProcess.QUIET,
                "serve", "--port", "0").redirectOutput(home.resolve("serve.log").toFile()).start();
        address = ServerProcess.address(home.resolve("serve.log"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.destroy();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
    }

    private static HttpResponse<String> upload(String name, Path file) throws Exception {
        Browser planning = new Browser(address);
        String csrf = planning.signIn("kikaku", PASSWORD);
        return planning.upload(Map.of("csrf", csrf, "kind", "department", "when", "now"), name, Files.readAllBytes(file));
    }

    private static void assertHealthy() throws Exception {
        HttpResponse<String> health = new Browser(address).get("health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(server.isAlive(), "the server is still running");
    }

    @Test
    void aCellOfThreeHundredMillionCharacters_isSentBack_andTheServerStillAnswers() throws Exception {
        Path file = ReportWorkbook.xlsx().department("観光政策課")
                .actual("T3-1", "金沢地域の年間入込客数", "R5", 1100, "万人", "PLACEHOLDER").writeTo(home.resolve("big.xlsx"));
        Zips.insert(file, "xl/sharedStrings.xml", "PLACEHOLDER", out -> Zips.text(out, 300_000_000));
        assertTrue(Files.size(file) < 20L * 1024 * 1024, "within the upload limit: " + Files.size(file));

        HttpResponse<String> answer = upload("観光政策課_R5.xlsx", file);

        assertEquals(422, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("差戻し: 観光政策課_R5.xlsx"), answer.body());
        assertTrue(answer.body().contains("セルの文字数（300,000,000文字）が上限（32,767文字）を超えています"), answer.body());
        assertFalse(answer.body().contains("OutOfMemoryError"), answer.body());
        assertHealthy();
    }

    @Test
    void twentyThousandBadRows_areSentBack_thePageListsTheFirstHundredAndTheCount() throws Exception {
        Path file = home.resolve("many.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("数値目標実績");
            Row header = sheet.createRow(0);
            String[] headers = {"指標コード", "指標名", "年度", "実績値", "単位", "備考"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 1; i <= 20_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("T3-1");
                row.createCell(2).setCellValue("R5");
                row.createCell(3).setCellValue("たくさん" + i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        HttpResponse<String> answer = upload("観光政策課_多数.xlsx", file);

        assertEquals(422, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("（エラー 20000 件）"), answer.body());
        assertEquals(100, answer.body().split("<tr><td>", -1).length - 1, "the first 100 problems");
        assertTrue(answer.body().contains("ほか 19900 件（全 20000 件）"), answer.body());
        assertTrue(answer.body().contains("エラー一覧（Excel）をダウンロード"), answer.body());
        assertHealthy();
    }
}
