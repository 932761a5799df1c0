package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.departmentimport.ReportWorkbook;
import io.github.senryaku.batch.store.TestStores;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server the moment it has answered an upload with HTTP 200 取込済, and while it is still
 * importing one: what it acknowledged is in the store after the kill, and the next start leaves each
 * workbook landed once, filed once, with nothing left in the inbox.
 */
class KillDuringUploadIT {

    private static final String PASSWORD = "kikaku-secret-2024";
    private static final List<String> CODES = List.of("T3-1", "T2-1", "T4-1");

    @TempDir
    Path home;

    private Process server;
    private String address;

    private void start(String log) throws Exception {
        server = ServerProcess.senryaku(home, ServerProcess.QUIET, "serve", "--port", "0")
                .redirectOutput(home.resolve(log).toFile()).start();
        address = ServerProcess.address(home.resolve(log));
    }

    private byte[] workbook(int index) throws Exception {
        ReportWorkbook workbook = ReportWorkbook.xlsx().department("企画調整課");
        for (String year : List.of("R2", "R3", "R4", "R5", "R6")) {
            workbook.actual(CODES.get(index), null, year, 1000 + index * 10 + year.charAt(1), null, null);
        }
        return Files.readAllBytes(workbook.writeTo(home.resolve("upload-" + index + ".xlsx")));
    }

    private long count(String sql) throws Exception {
        return TestStores.count(home, sql);
    }

    @Test
    void killedAtTheAnswer_orMidImport_nothingAcknowledgedIsLost_andTheNextStartFilesEachOnce() throws Exception {
        ServerProcess.addUser(home, "kikaku", "planning", PASSWORD);

        for (int index = 0; index < CODES.size(); index++) {
            start("serve-" + index + ".log");
            Browser planning = new Browser(address);
            String csrf = planning.signIn("kikaku", PASSWORD);
            String name = "企画調整課_" + index + ".xlsx";
            byte[] content = workbook(index);
            CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return planning.upload(Map.of("csrf", csrf, "kind", "department", "when", "now"), name, content);
                } catch (Exception failed) {
                    throw new IllegalStateException(failed);
                }
            });
            boolean acknowledged;
            if (index < 2) {
                HttpResponse<String> landed = answer.get(120, TimeUnit.SECONDS);
                server.destroyForcibly(); // SIGKILL the moment 取込済 is answered
                assertEquals(200, landed.statusCode(), landed.body());
                assertTrue(landed.body().contains("取込済: " + name), landed.body());
                acknowledged = true;
            } else {
                for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                        !Files.exists(home.resolve("inbox").resolve(name)) && System.nanoTime() < deadline; ) {
                    Thread.sleep(2);
                }
                server.destroyForcibly(); // SIGKILL while the upload is being imported
                acknowledged = false;
            }
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));

            if (acknowledged) {
                assertEquals(1, count("SELECT COUNT(*) FROM import_file WHERE status = 'LANDED' AND original_name = '"
                        + name + "'"), "the acknowledged import survived the kill");
                assertEquals(5, count("SELECT COUNT(*) FROM actual a JOIN import_file f ON f.id = a.import_file_id"
                        + " WHERE f.status = 'LANDED' AND f.original_name = '" + name + "'"));
            }
        }
        start("serve-last.log"); // recovery at start, and the missed nightly import of the inbox runs once
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); count("SELECT COUNT(*) FROM"
                + " import_file WHERE status = 'LANDED'") < CODES.size() && System.nanoTime() < deadline; ) {
            Thread.sleep(200);
        }
        server.destroy();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));

        String log = Files.readString(home.resolve("serve-last.log"));
        assertEquals(CODES.size(), count("SELECT COUNT(*) FROM import_file WHERE status = 'LANDED'"), log);
        assertEquals(0, count("SELECT COUNT(*) FROM import_file WHERE status IN ('STAGING', 'REJECTED')"), log);
        assertEquals(5L * CODES.size(), count("SELECT COUNT(*) FROM actual a JOIN import_file f"
                + " ON f.id = a.import_file_id WHERE f.status = 'LANDED' AND a.superseded_at IS NULL"), log);
        assertEquals(5L * CODES.size(), count("SELECT COUNT(*) FROM actual"), "no row twice, none left staged");
        try (Stream<Path> inbox = Files.list(home.resolve("inbox")); Stream<Path> archive = Files.list(home.resolve("archive"))) {
            assertEquals(0, inbox.count(), "nothing left in the inbox");
            assertEquals(CODES.size(), archive.count(), "each workbook filed once");
        }
    }
}
