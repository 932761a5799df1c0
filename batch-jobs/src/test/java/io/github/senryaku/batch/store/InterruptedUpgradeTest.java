package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.senryaku.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 store whose upgrade to several plans (V6) was cut short — the copy taken before it on disk, the
 * database half-changed — is put back from the copy and upgraded again: nothing is lost, nothing is left
 * half-made. The real crash (kill -9 of a process mid-upgrade) is {@code InterruptedUpgradeIT}.
 */
class InterruptedUpgradeTest {

    @TempDir
    Path home;

    @Test
    void anUpgradeCutShort_isUndoneFromTheCopy_andRunAgain() throws Exception {
        Settings.Database database = Settings.Database.embedded(home);
        VersionFiveStores.write(database, 500);
        Path file = home.resolve("db").resolve("senryaku.mv.db");
        Path copy = home.resolve("db").resolve("senryaku.mv.db" + MigrationCopy.SUFFIX);
        Files.copy(file, copy);
        // Half of V6, as a crash between its statements would leave it: the column added, wrong values in it.
        try (Connection connection = java.sql.DriverManager.getConnection(database.url(), database.user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE actual ADD COLUMN plan_code VARCHAR(64)");
            statement.execute("UPDATE actual SET plan_code = 'half-done' WHERE ordinal <= 250");
            statement.execute("DELETE FROM actual WHERE ordinal > 400");
            statement.execute("SHUTDOWN");
        }

        Store store = Store.open(database, "kanazawa-2nd");

        assertEquals(500, count(store, "SELECT COUNT(*) FROM actual"));
        assertEquals(500, count(store, "SELECT COUNT(*) FROM actual WHERE plan_code = 'kanazawa-2nd'"));
        assertEquals(VersionFiveStores.figureSum(500), count(store, "SELECT SUM(figure) FROM actual"));
        assertEquals(Integer.parseInt(SchemaHistory.SHIPPED_VERSION), count(store, "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\""));
        assertFalse(Files.exists(copy), "the copy is dropped once the upgrade is on disk");
        store.shutdownEmbedded();
    }

    @Test
    void aCopyLeftUnfinished_isDropped_andTheStoreIsUpgradedAsItIs() throws Exception {
        Settings.Database database = Settings.Database.embedded(home);
        VersionFiveStores.write(database, 20);
        Path partial = home.resolve("db").resolve("senryaku.mv.db" + MigrationCopy.SUFFIX + ".part");
        Files.write(partial, new byte[] {1, 2, 3});

        Store store = Store.open(database, "kanazawa-2nd");

        assertEquals(20, count(store, "SELECT COUNT(*) FROM actual WHERE plan_code = 'kanazawa-2nd'"));
        assertFalse(Files.exists(partial));
        store.shutdownEmbedded();
    }

    static long count(Store store, String sql) throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
