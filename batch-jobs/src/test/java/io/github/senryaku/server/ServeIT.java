package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.bench.SyntheticData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code senryaku serve} as the city's server runs it: a real process, its missed nightly import run at
 * start, a real SIGTERM in the middle of that import, and the next start finishing it from the checkpoint.
 */
class ServeIT {

    private static final int TARGETS = 10_000;
    private static final int FIRST_YEAR = 2018;
    private static final int LAST_YEAR = 2024;
    private static final int ROWS = TARGETS * (LAST_YEAR - FIRST_YEAR + 1);

    @TempDir
    Path home;

    private Process serve(Path output) throws Exception {
        return ServerProcess.senryaku(home, Map.of("SENRYAKU_PLAN", home.resolve("plan.yaml").toString()), "serve",
                "--port", "0").redirectOutput(output.toFile()).start();
    }

    private static String address(Path output) throws Exception {
        return ServerProcess.address(output);
    }

    private long count(String sql) throws SQLException {
        return TestStores.count(home, sql);
    }

    private long countWhileRunning(String sql) {
        try {
            return count(sql);
        } catch (SQLException notYet) {
            return 0;
        }
    }

    private static JsonNode health(String address) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(address + "health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void sigtermMidImport_stopsAtACheckpoint_andTheNextStartFinishesIt() throws Exception {
        SyntheticData.writePlan(home.resolve("plan.yaml"), TARGETS, FIRST_YEAR, LAST_YEAR);
        SyntheticData.writeActuals(home.resolve("inbox/合成課_R6.xlsx"), TARGETS, FIRST_YEAR, LAST_YEAR);

        Path firstLog = home.resolve("first.log");
        Process first = serve(firstLog);
        String address = address(firstLog);
        JsonNode health = health(address);
        assertTrue(health.get("database").asBoolean(), health.toString());
        assertTrue(health.at("/nextRuns/importSchedule").asText().endsWith("T02:00+09:00"), health.toString());

        long staged = 0;
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); staged < ROWS / 4
                && System.nanoTime() < deadline; ) {
            Thread.sleep(50);
            staged = countWhileRunning("SELECT COUNT(*) FROM actual");
        }
        assertTrue(staged >= ROWS / 4, "the missed nightly import ran at start: " + staged + " rows staged");
        first.destroy(); // SIGTERM
        assertTrue(first.waitFor(90, TimeUnit.SECONDS), "the server stopped within 90 s");
        String firstOutput = Files.readString(firstLog, StandardCharsets.UTF_8);
        assertEquals(0, first.exitValue(), firstOutput);
        assertTrue(firstOutput.contains("停止しました"), firstOutput);
        assertEquals(1, count("SELECT COUNT(*) FROM JOB_EXECUTION WHERE BATCHSTATUS = 'STOPPED'"),
                "the import stopped at a checkpoint: " + firstOutput);
        assertEquals(0, count("SELECT COUNT(*) FROM import_file WHERE status = 'LANDED'"), "nothing landed");
        assertTrue(Files.exists(home.resolve("inbox/合成課_R6.xlsx")), "the file is still in the inbox");

        Path secondLog = home.resolve("second.log");
        Process second = serve(secondLog);
        String again = address(secondLog);
        long landed = 0;
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180); landed == 0
                && System.nanoTime() < deadline; ) {
            Thread.sleep(200);
            landed = countWhileRunning("SELECT COUNT(*) FROM import_file WHERE status = 'LANDED'");
        }
        assertEquals(1, landed, Files.readString(secondLog, StandardCharsets.UTF_8));
        assertEquals(ROWS, count("SELECT COUNT(*) FROM actual"));
        assertEquals(ROWS, count("SELECT COUNT(DISTINCT target_code || '/' || fiscal_year) FROM actual"));
        assertTrue(count("SELECT MIN(READCOUNT) FROM STEP_EXECUTION WHERE STEPNAME = 'stage'") < ROWS,
                "the restart read on from the checkpoint");
        assertEquals("COMPLETED", health(again).at("/jobs/0/lastExecution/status").asText());

        second.destroy();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, second.exitValue(), Files.readString(secondLog, StandardCharsets.UTF_8));
    }

    @Test
    void aSecondServe_onTheSameDataFolder_refusesToStart() throws Exception {
        Files.createDirectories(home);
        SyntheticData.writePlan(home.resolve("plan.yaml"), 10, FIRST_YEAR, LAST_YEAR);
        Path firstLog = home.resolve("a.log");
        Process first = serve(firstLog);
        address(firstLog);
        Path secondLog = home.resolve("b.log");
        Process second = serve(secondLog);

        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String output = Files.readString(secondLog, StandardCharsets.UTF_8);
        assertEquals(2, second.exitValue(), output);
        assertTrue(output.contains("serve は1つのデータフォルダに1つだけ起動できます"), output);
        first.destroy();
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
    }
}
