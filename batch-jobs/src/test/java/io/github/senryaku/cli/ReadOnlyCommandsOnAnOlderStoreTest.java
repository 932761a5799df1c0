package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.settings.Settings;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that only read, on a store the last release left (schema V5, fixtures/store-v5-2026-12-02:
 * the demo of that day plus a finance import). They open the store without the batch runtime, and skip
 * Flyway only when the schema is current; this one is behind, so it is upgraded first, as any start upgrades
 * it, and what the release stored reads back whole — never today's queries on yesterday's tables.
 */
class ReadOnlyCommandsOnAnOlderStoreTest {

    private static final String FIXTURE = "/fixtures/store-v5-2026-12-02/";

    @TempDir
    Path home;

    @BeforeEach
    void copyTheReleasedStore() throws Exception {
        try (InputStream in = ReadOnlyCommandsOnAnOlderStoreTest.class.getResourceAsStream(FIXTURE + "senryaku.mv.db")) {
            Files.copy(in, Files.createDirectories(home.resolve("db")).resolve("senryaku.mv.db"));
        }
    }

    @AfterEach
    void closeTheStore() throws Exception {
        sql("SHUTDOWN");
    }

    private CliRun senryaku(String... args) {
        return CliRun.withEnvironment(Map.of("SENRYAKU_HOME", home.toString()), args);
    }

    @Test
    void actuals_upgradeTheStoreFirst_thenListEveryActualTheReleaseStored() throws Exception {
        CliRun run = senryaku("actuals", "--format", "csv");

        assertEquals(0, run.exitCode(), run.err());
        // The release's dump: code, year, figure of every actual (all from landed imports, none superseded).
        List<String> stored = fixtureRows("actual.csv").stream().map(row -> row[2] + " " + row[3] + " " + figure(row[4]))
                .sorted().toList();
        List<String> listed = run.out().lines().skip(1).map(line -> line.split(",", -1))
                .map(cells -> cells[0] + " " + cells[1] + " " + figure(cells[3])).sorted().toList();
        assertEquals(stored, listed);
        assertEquals(9, sql("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\""));
    }

    @Test
    void history_readsTheReleasesValuesOfATarget() {
        CliRun run = senryaku("history", "T1-1");

        assertEquals(0, run.exitCode(), run.err());
        long stored = fixtureRows("actual.csv").stream().filter(row -> row[2].equals("T1-1")).count();
        assertTrue(run.out().contains("T1-1 の履歴（kanazawa-2nd、" + stored + " 件）"), run.out());
        assertTrue(run.out().contains("  平成30年度  1.61  現在値"), run.out());
    }

    @Test
    void jobs_listEveryExecutionTheReleaseRan_fromTheJobRepository() throws Exception {
        CliRun run = senryaku("jobs", "--limit", "1000");

        assertEquals(0, run.exitCode(), run.err());
        long imports = run.out().lines().filter(line -> line.matches("\\d+ +department-import .*")).count();
        assertEquals(sql("SELECT COUNT(*) FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID"
                + " WHERE i.JOBNAME = 'department-import'"), imports);
        assertTrue(imports >= 21, "the release imported 21 department workbooks: " + run.out());
        assertTrue(run.out().contains("こども未来課_R2_基本目標1.xlsx"), run.out());
    }

    private List<String[]> fixtureRows(String table) {
        try (InputStream in = ReadOnlyCommandsOnAnOlderStoreTest.class.getResourceAsStream(FIXTURE + table)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> Arrays.stream(line.split(",", -1)).map(cell -> cell.replace("\"", "")).toArray(String[]::new))
                    .toList();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** A figure as a number, whatever its scale; empty for a state or an unpublished value. */
    private static String figure(String text) {
        return text.isEmpty() ? "" : new BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    /** The first column of the first row of a query on the store, or 0 when it returns none. */
    private long sql(String query) throws Exception {
        Settings.Database database = Settings.Database.embedded(home);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            if (!statement.execute(query)) {
                return 0;
            }
            try (ResultSet rs = statement.getResultSet()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
