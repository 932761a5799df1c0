package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.settings.Settings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that finds the copy of an upgrade another process is running (a `status` started while an `import`
 * upgrades the store) waits for that upgrade instead of putting the copy back under it, which would throw away
 * everything the other process wrote since it took the copy.
 */
class ConcurrentUpgradeTest {

    private static final String PLAN = "kanazawa-2nd";

    @TempDir
    Path home;

    @Test
    void aCopyAnotherProcessIsUpgradingFrom_isLeftAlone_andTheStoreOpensOnceThatUpgradeEnds() throws Exception {
        Settings.Database database = Settings.Database.embedded(home);
        Store.open(database, PLAN).shutdownEmbedded();
        Path file = home.resolve("db").resolve("senryaku.mv.db");
        MigrationCopy copy = MigrationCopy.of(database).orElseThrow();
        Path before = Files.copy(file, home.resolve("before-the-row.mv.db"));
        Store writer = Store.open(database, PLAN);
        try (Connection connection = writer.connect(); Statement statement = connection.createStatement()) {
            PlantedRows.landedImport(statement, PLAN);
        }
        writer.shutdownEmbedded();
        Files.move(before, copy.copyPath()); // the other process's copy, taken before the row was written

        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldUpgradeLock.class.getName(), copy.lockPath().toString(),
                copy.copyPath().toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", said.readLine());

            CompletableFuture<Store> opening = CompletableFuture.supplyAsync(() -> Store.open(database, PLAN));
            Thread.sleep(1500);
            assertTrue(!opening.isDone(), "it waits for the other process's upgrade");
            assertTrue(Files.exists(copy.copyPath()), "the copy is not put back under the other process");

            other.getOutputStream().write('\n'); // the other process ends its upgrade: the copy is dropped
            other.getOutputStream().flush();
            Store opened = opening.get(60, TimeUnit.SECONDS);

            assertEquals(1, InterruptedUpgradeTest.count(opened, "SELECT COUNT(*) FROM import_file WHERE original_name = 'a.xlsx'"),
                    "what was written after the copy was taken is still there");
            opened.shutdownEmbedded();
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
