package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.settings.Settings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Store#open} leaves Flyway out only when the store's schema is the newest this build ships; a store
 * behind it is upgraded first, so it is never read or written as it was.
 */
class SchemaHistoryTest {

    private static final String PLAN = "kanazawa-2nd";

    @TempDir
    Path home;

    private boolean isCurrent(Store store) throws Exception {
        try (Connection connection = store.connect()) {
            return SchemaHistory.isCurrent(connection);
        }
    }

    @Test
    void theShippedVersion_isTheNewestMigrationInTheBuild() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:shipped", "sa", "")
                .locations("classpath:db/migration").placeholders(Map.of("legacy_plan", PLAN)).load();

        MigrationInfo[] migrations = flyway.info().all();

        assertEquals(migrations[migrations.length - 1].getVersion().getVersion(), SchemaHistory.SHIPPED_VERSION);
    }

    @Test
    void aStoreOfTheLastRelease_isBehind_andIsUpgradedBeforeAnythingIsRead() throws Exception {
        Settings.Database database = Settings.Database.embedded(home);
        VersionFiveStores.write(database, 40);

        Store store = Store.open(database, PLAN);

        assertTrue(isCurrent(store));
        var actuals = store.inTransaction(c -> StoredActuals.currentActuals(c, PLAN, Optional.empty()));
        assertEquals(40, actuals.size());
        BigDecimal sum = actuals.stream().map(a -> ((Reported.Figure) a.reported()).quantity().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, BigDecimal.valueOf(VersionFiveStores.figureSum(40)).compareTo(sum), sum.toPlainString());
        store.shutdownEmbedded();
    }

    /**
     * The proof that a current store opens without Flyway: the history's checksum of V1 no longer matches the
     * migration shipped, which Flyway's validation refuses; the store, asking only which version it is at,
     * opens and reads on.
     */
    @Test
    void aCurrentStore_isOpenedWithoutFlyway() throws Exception {
        Settings.Database database = Settings.Database.embedded(home);
        Store written = Store.open(database, PLAN);
        try (Connection connection = written.connect(); Statement statement = connection.createStatement()) {
            PlantedRows.landedImport(statement, PLAN);
            statement.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '1'");
        }
        Flyway flyway = Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration").placeholders(Map.of("legacy_plan", PLAN)).load();
        assertThrows(FlywayValidateException.class, flyway::validate);
        written.shutdownEmbedded();

        Store read = Store.open(database, PLAN);

        assertEquals(1, InterruptedUpgradeTest.count(read, "SELECT COUNT(*) FROM import_file WHERE original_name = 'a.xlsx'"));
        read.shutdownEmbedded();
    }

    /**
     * An upgrade ended but its copy is still on disk (a crash before the copy was dropped): the store is
     * recovered as any start recovers it — the copy put back, the upgrade run again — before a reader reads.
     */
    @Test
    void aStoreWithTheCopyOfAnUpgradeOnDisk_isRecoveredBeforeAReaderReads() throws Exception {
        Settings.Database database = Settings.Database.embedded(home);
        VersionFiveStores.write(database, 30);
        Path file = home.resolve("db").resolve("senryaku.mv.db");
        Path copy = home.resolve("db").resolve("senryaku.mv.db" + MigrationCopy.SUFFIX);
        Path versionFive = Files.copy(file, home.resolve("version-five.mv.db"));
        Store.open(database, PLAN).shutdownEmbedded();
        Files.move(versionFive, copy);

        Store store = Store.open(database, PLAN);

        assertFalse(Files.exists(copy), "the copy is put back and the upgrade run again");
        assertTrue(isCurrent(store));
        assertEquals(30, InterruptedUpgradeTest.count(store, "SELECT COUNT(*) FROM actual WHERE plan_code = '" + PLAN + "'"));
        store.shutdownEmbedded();
    }
}
