package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.senryaku.settings.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first start killed half-way through making the schema (H2 commits each DDL statement by itself). */
class StoreTest {

    @TempDir
    Path home;

    private static long count(Store store, String sql) throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What a first start leaves when killed during V2: V1's tables, part of V2, and no history of V2. */
    private Store cutShort(boolean withAnImport) throws Exception {
        Store store = Store.open(Settings.Database.embedded(home), "kanazawa-2nd");
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            if (withAnImport) {
                statement.execute("INSERT INTO import_file (sha256, status, original_name, department, size_bytes,"
                        + " actual_count, measure_count, warning_count, error_count, job_execution_id, started_at)"
                        + " VALUES ('" + "0".repeat(64) + "', 'LANDED', 'a.xlsx', '課', 1, 0, 0, 0, 0, 1, CURRENT_TIMESTAMP)");
            }
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" <> '1'");
            statement.execute("DROP TABLE set_aside_file");
            statement.execute("DROP TABLE web_session");
            statement.execute("DROP TABLE budget_line");
            statement.execute("ALTER TABLE import_file DROP COLUMN budget_count");
            statement.execute("DROP INDEX import_file_unfiled");
            statement.execute("ALTER TABLE import_file DROP COLUMN source_path");
            statement.execute("ALTER TABLE import_file DROP COLUMN filed_at");
        }
        store.shutdownEmbedded();
        return store;
    }

    @Test
    void aSchemaLeftHalfMadeByAFirstStart_isMadeAgain() throws Exception {
        cutShort(false);

        Store reopened = Store.open(Settings.Database.embedded(home), "kanazawa-2nd");

        // The newest version applied, not a count of them: the shipped versions need not be consecutive.
        assertEquals(Integer.parseInt(SchemaHistory.SHIPPED_VERSION), count(reopened, "SELECT MAX(CAST(\"version\" AS INT))"
                + " FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"));
        assertEquals(0, count(reopened, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\""));
        assertEquals(0, count(reopened, "SELECT COUNT(*) FROM set_aside_file"));
        reopened.shutdownEmbedded();
    }

    @Test
    void aStoreThatHeldAnImport_isNeverEmptied() throws Exception {
        cutShort(true);

        assertThrows(StoreUnavailableException.class, () -> Store.open(Settings.Database.embedded(home), "kanazawa-2nd"));

        Settings.Database database = Settings.Database.embedded(home);
        try (Connection connection = java.sql.DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM import_file")) {
            rs.next();
            assertEquals(1, rs.getLong(1), "the import is still there");
            statement.execute("SHUTDOWN");
        }
    }
}
