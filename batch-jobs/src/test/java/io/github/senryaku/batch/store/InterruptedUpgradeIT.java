package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.settings.Settings;
import io.github.senryaku.testing.JarProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the packaged command while it upgrades a large H2 store to several plans (V6): the next start
 * puts back the copy taken before the upgrade and upgrades again, and every row reads back.
 */
class InterruptedUpgradeIT {

    private static final int ROWS = 100_000;

    @TempDir
    Path home;

    @Test
    void killedMidUpgrade_theNextStartUpgradesTheWholeStore() throws Exception {
        Settings.Database database = Settings.Database.embedded(home);
        VersionFiveStores.write(database, ROWS);
        Path copy = home.resolve("db").resolve("senryaku.mv.db" + MigrationCopy.SUFFIX);

        Process upgrading = JarProcess.senryaku(Map.of("SENRYAKU_HOME", home.toString()), "status", "--year", "R6")
                .redirectOutput(home.resolve("upgrade.log").toFile()).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(copy) && upgrading.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(50); // into the upgrade's statements, well before their end
        boolean cutShort = upgrading.isAlive() && Files.exists(copy);
        upgrading.destroyForcibly().waitFor();

        assertTrue(cutShort, "the upgrade was still running when the process was killed: "
                + Files.readString(home.resolve("upgrade.log")));
        assertTrue(Files.exists(copy), "the copy taken before the upgrade outlives the crash");
        Store store = Store.open(database, "kanazawa-2nd");
        assertEquals(ROWS, InterruptedUpgradeTest.count(store, "SELECT COUNT(*) FROM actual WHERE plan_code = 'kanazawa-2nd'"));
        assertEquals(VersionFiveStores.figureSum(ROWS), InterruptedUpgradeTest.count(store, "SELECT SUM(figure) FROM actual"));
        assertEquals(1, InterruptedUpgradeTest.count(store, "SELECT COUNT(*) FROM import_file WHERE plan_code = 'kanazawa-2nd'"));
        assertEquals(Integer.parseInt(SchemaHistory.SHIPPED_VERSION), InterruptedUpgradeTest.count(store,
                "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\""));
        assertFalse(Files.exists(copy));
        store.shutdownEmbedded();
    }
}
