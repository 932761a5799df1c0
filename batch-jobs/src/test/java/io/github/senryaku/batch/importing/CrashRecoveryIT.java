package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.bench.SyntheticData;
import io.github.senryaku.testing.JarProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an import: nothing half-lands, and the next run finishes the work from the
 * last checkpoint with no row twice. Runs the packaged command as real processes.
 */
class CrashRecoveryIT {

    private static final int TARGETS = 10_000;
    private static final int FIRST_YEAR = 2018;
    private static final int LAST_YEAR = 2024;
    private static final int ROWS = TARGETS * (LAST_YEAR - FIRST_YEAR + 1);

    @TempDir
    Path home;

    private Process senryaku(Path output, String... args) throws Exception {
        return JarProcess.senryaku(Map.of("SENRYAKU_HOME", home.toString(), "SENRYAKU_PLAN",
                home.resolve("plan.yaml").toString()), args).redirectOutput(output.toFile()).start();
    }

    private long count(String sql) throws SQLException {
        return TestStores.count(home, sql);
    }

    /**
     * The second run's output with what the data folder's logs say of it: a failure here happens once in many
     * runs, and the temporary folder goes with the test.
     */
    private String evidence(String output) {
        try {
            List<String> log = Files.readAllLines(home.resolve("logs/senryaku-0.log"), StandardCharsets.UTF_8);
            return output + "\n--- logs/senryaku-0.log, last lines ---\n"
                    + String.join("\n", log.subList(Math.max(0, log.size() - 300), log.size()))
                    + "\n--- db/senryaku.trace.db ---\n" + TestStores.h2Log(home);
        } catch (java.io.IOException unreadable) {
            return output + "\n(logs unreadable: " + unreadable + ")";
        }
    }

    @Test
    void killedMidImport_nextRunFinishesFromTheCheckpoint_withNoRowTwice() throws Exception {
        SyntheticData.writePlan(home.resolve("plan.yaml"), TARGETS, FIRST_YEAR, LAST_YEAR);
        SyntheticData.writeActuals(home.resolve("inbox/合成課_R6.xlsx"), TARGETS, FIRST_YEAR, LAST_YEAR);

        Process first = senryaku(home.resolve("first.log"), "import");
        // Poll the database only once the importing process owns it (H2 AUTO_SERVER writes its lock file):
        // connecting earlier would make this JVM the database's host instead of the process to be killed.
        Path lockFile = home.resolve("db/senryaku.lock.db");
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); !Files.exists(lockFile)
                && System.nanoTime() < deadline; ) {
            Thread.sleep(20);
        }
        long staged = 0;
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); staged < ROWS / 4 && System.nanoTime() < deadline; ) {
            Thread.sleep(50);
            try {
                staged = count("SELECT COUNT(*) FROM actual");
            } catch (SQLException notYetCreated) {
                staged = 0;
            }
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertTrue(staged >= ROWS / 4 && staged < ROWS, "killed while staging, after " + staged + " rows");

        assertEquals(0, count("SELECT COUNT(*) FROM import_file WHERE status = 'LANDED'"), "nothing has landed");
        assertEquals(0, count("SELECT COUNT(*) FROM actual a JOIN import_file f ON f.id = a.import_file_id"
                + " WHERE f.status = 'LANDED'"), "no row of the interrupted file is visible");
        assertTrue(Files.exists(home.resolve("inbox/合成課_R6.xlsx")), "the file is still in the inbox");

        Process second = senryaku(home.resolve("second.log"), "import");
        assertTrue(second.waitFor(180, TimeUnit.SECONDS));
        String output = Files.readString(home.resolve("second.log"), StandardCharsets.UTF_8);

        assertEquals(0, second.exitValue(), () -> evidence(output));
        assertTrue(output.contains("を異常終了として記録しました"), () -> evidence(output));
        assertTrue(output.contains("取込済      合成課_R6.xlsx（中断した取込を再開）（合成課、実績 " + ROWS + " 件"),
                () -> evidence(output));
        assertEquals(ROWS, count("SELECT COUNT(*) FROM actual"));
        assertEquals(ROWS, count("SELECT COUNT(DISTINCT target_code || '/' || fiscal_year) FROM actual"));
        assertEquals(0, count("SELECT COUNT(*) FROM import_file WHERE status = 'STAGING'"));
        assertEquals(1, count("SELECT COUNT(*) FROM import_file WHERE status = 'LANDED'"));
        assertEquals(1, count("SELECT COUNT(*) FROM JOB_EXECUTION WHERE BATCHSTATUS = 'FAILED' AND EXITSTATUS = 'INTERRUPTED'"));
        assertTrue(count("SELECT MIN(READCOUNT) FROM STEP_EXECUTION WHERE STEPNAME = 'stage'") < ROWS,
                "the restart read on from the checkpoint instead of from the top");
        try (var inbox = Files.list(home.resolve("inbox"))) {
            assertEquals(0, inbox.count());
        }
    }
}
