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

/**
 * A first start killed half-way through making the schema (H2 commits each DDL statement by itself, and writes
 * commits out up to half a second later).
 */
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

    /** The newest version applied, not a count of them: the shipped versions need not be consecutive. */
    private static long newestAppliedVersion(Store store) throws Exception {
        return count(store, "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""
                + " WHERE \"success\" AND \"version\" IS NOT NULL");
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

        assertEquals(Integer.parseInt(SchemaHistory.SHIPPED_VERSION), newestAppliedVersion(reopened));
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

    private Path firstSchemaMarker() {
        return home.resolve("db/senryaku.mv.db.first-schema");
    }

    /**
     * What a kill -9 about 3.4 s into a first import left (seen in KillDuringImportIT): the history at V2, and an
     * {@code ALTER TABLE} of a later version half done by H2 — the rows' foreign key pointing at H2's temporary
     * copy of import_file — with the first schema's marker still on disk. Flyway alone built on that without a
     * word, and every import after it failed on the foreign key.
     */
    private void firstSchemaCutShort(boolean withAnImport) throws Exception {
        Store store = Store.open(Settings.Database.embedded(home), "kanazawa-2nd");
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            if (withAnImport) {
                PlantedRows.landedImport(statement, "kanazawa-2nd");
            }
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) > 2");
            statement.execute("CREATE TABLE import_file_copy_8_6 (id BIGINT PRIMARY KEY)");
            statement.execute("ALTER TABLE actual ADD CONSTRAINT half_done FOREIGN KEY (import_file_id)"
                    + " REFERENCES import_file_copy_8_6 (id)");
        }
        store.shutdownEmbedded();
        java.nio.file.Files.createFile(firstSchemaMarker());
    }

    @Test
    void aNewStoresFirstSchema_isOnDiskWithoutItsMarker() throws Exception {
        Store store = Store.open(Settings.Database.embedded(home), "kanazawa-2nd");

        assertEquals(false, java.nio.file.Files.exists(firstSchemaMarker()), "the marker goes once the schema is on disk");
        assertEquals(0, count(store, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\""));
        store.shutdownEmbedded();
    }

    @Test
    void aFirstSchemaCutShort_isMadeAgain() throws Exception {
        firstSchemaCutShort(false);

        Store reopened = Store.open(Settings.Database.embedded(home), "kanazawa-2nd");

        assertEquals(Integer.parseInt(SchemaHistory.SHIPPED_VERSION), newestAppliedVersion(reopened));
        assertEquals(0, count(reopened, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE '%COPY%'"),
                "nothing of the half-done version is left");
        assertEquals(false, java.nio.file.Files.exists(firstSchemaMarker()));
        try (Connection connection = reopened.connect(); Statement statement = connection.createStatement()) {
            PlantedRows.landedImport(statement, "kanazawa-2nd");
            statement.execute("INSERT INTO actual (import_file_id, ordinal, target_code, fiscal_year, approximate,"
                    + " published, sheet, cell, plan_code) SELECT id, 1, 'T1-1', 2024, FALSE, TRUE, '実績', 'D5', 'kanazawa-2nd'"
                    + " FROM import_file");
        }
        assertEquals(1, count(reopened, "SELECT COUNT(*) FROM actual"), "a row of an import is stored again");
        reopened.shutdownEmbedded();
    }

    @Test
    void aMarkedStoreThatHoldsAnImport_isNeverEmptied() throws Exception {
        firstSchemaCutShort(true);

        Store reopened = Store.open(Settings.Database.embedded(home), "kanazawa-2nd");

        assertEquals(1, count(reopened, "SELECT COUNT(*) FROM import_file"), "the import is still there");
        assertEquals(false, java.nio.file.Files.exists(firstSchemaMarker()), "not a new store's: the marker goes");
        reopened.shutdownEmbedded();
    }
}
