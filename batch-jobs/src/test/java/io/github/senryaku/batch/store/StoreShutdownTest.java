package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.senryaku.settings.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command ends with {@code SHUTDOWN} of the embedded store, and H2 then compacts the file for up to
 * 200 ms, moving chunks. H2 2.3.232 checks one of those moves with a Java assertion (in
 * {@code RandomAccessStore.moveChunkInside}, as in H2 issue 4086) that fails on layouts this store has — here at
 * the first shutdown. With assertions enabled for H2 the check throws right after the chunk is written, the
 * compaction stops there as if the process had died, and the next open finds an older version of the file (every
 * import acknowledged since is gone, job execution ids are used again: DepartmentImportIT failed so, now and
 * then) or a corrupt one. Production runs without {@code -ea}; so do the tests, for H2 (pom.xml:
 * {@code -da:org.h2...}). This proves that, and that what landed durably outlives many shutdowns with no
 * storage error in H2's own log.
 */
class StoreShutdownTest {

    private static final int COMMANDS = 10;

    @TempDir
    Path home;

    @Test
    void h2RunsWithoutItsAssertions_asInProduction() {
        assertFalse(org.h2.mvstore.MVStore.class.desiredAssertionStatus(),
                "the test JVM must run H2 as production does, without -ea for org.h2 (see pom.xml)");
    }

    @Test
    void whatLandedDurably_survivesEveryShutdown() throws Exception {
        Settings.Database database = Settings.Database.embedded(home);
        long landed = 0;
        for (int command = 1; command <= COMMANDS; command++) {
            Store store = Store.open(database, "kanazawa-2nd");
            assertEquals(landed, count(store, "SELECT COUNT(*) FROM import_file WHERE status = 'LANDED'"),
                    "landed imports after " + (command - 1) + " shutdowns");
            int run = command;
            stageAndReject(store, begin(store, run), 300 + 97 * run % 700);
            store.inDurableTransaction(connection -> {
                land(connection, begin(connection, -run));
                return null;
            });
            landed++;
            store.shutdownEmbedded();
            // H2 swallows what goes wrong while it closes the file; only its own log tells.
            String log = TestStores.h2Log(home);
            assertFalse(log.contains("MVStoreException"), "H2 logged a storage error at shutdown " + command + ":\n" + log);
        }
    }

    private static long begin(Store store, int command) throws Exception {
        return store.inTransaction(connection -> begin(connection, command));
    }

    private static long begin(Connection connection, int command) throws java.sql.SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_file (sha256, status,"
                + " original_name, department, size_bytes, actual_count, measure_count, warning_count, error_count,"
                + " job_execution_id, started_at) VALUES (?, 'STAGING', ?, '観光政策課', 1, 0, 0, 0, 0, ?, CURRENT_TIMESTAMP)",
                new String[] {"id"})) {
            insert.setString(1, String.format("%064x", command & 0xffffffffL));
            insert.setString(2, "報告_" + command + ".xlsx");
            insert.setLong(3, Math.abs(command));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void land(Connection connection, long importId) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE import_file SET status = 'LANDED' WHERE id = " + importId);
        }
    }

    /** What a rejected import does: problems staged in chunks, then cut and the import marked REJECTED. */
    private static void stageAndReject(Store store, long importId, int problems) throws Exception {
        for (int chunk = 0; chunk * 100 < problems; chunk++) {
            int first = chunk * 100;
            store.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_problem (import_file_id,"
                        + " ordinal, seq, severity, sheet, cell, input, message, hint) VALUES (?, ?, 0, 'ERROR',"
                        + " '数値目標実績', ?, ?, '数値として読めません', '数値を入力してください')")) {
                    for (int ordinal = first; ordinal < Math.min(first + 100, problems); ordinal++) {
                        insert.setLong(1, importId);
                        insert.setLong(2, ordinal);
                        insert.setString(3, "D" + (ordinal + 5));
                        insert.setString(4, "たくさん".repeat(1 + ordinal % 40));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
        }
        store.inDurableTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM import_problem WHERE import_file_id = " + importId + " AND ordinal >= 10");
                statement.executeUpdate("UPDATE import_file SET status = 'REJECTED' WHERE id = " + importId);
            }
            return null;
        });
    }

    private static long count(Store store, String sql) throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
