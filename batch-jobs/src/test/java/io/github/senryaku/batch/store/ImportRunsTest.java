package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.settings.Settings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs left open, as the next import finds them. */
class ImportRunsTest {

    @TempDir
    Path home;

    private Store store;

    @AfterEach
    void close() {
        store.shutdownEmbedded();
    }

    /**
     * A process killed after it began a run and before the run's job started leaves the run with no execution:
     * it must read as none (the next import starts the job), never as execution 0, which made every later import
     * fail with JBeret's "No job execution with id 0" (found by a kill -9 about 3.7 s into a first import).
     */
    @Test
    void aRunWhoseJobNeverStarted_hasNoExecution_andOneThatStarted_hasIts() throws Exception {
        store = Store.open(Settings.Database.embedded(home), "kanazawa-2nd");
        long never = store.inTransaction(c -> ImportRuns.begin(c, "DEPARTMENT", List.of(home.resolve("inbox/a.xlsx")),
                Instant.now()));
        long started = store.inTransaction(c -> ImportRuns.begin(c, "FINANCE", List.of(home.resolve("inbox/b.xlsx")),
                Instant.now()));
        store.inTransaction(c -> {
            ImportRuns.workedOnBy(c, started, 7);
            return null;
        });

        List<ImportRuns.OpenRun> open = store.inTransaction(ImportRuns::open);

        assertEquals(List.of(new ImportRuns.OpenRun(never, "DEPARTMENT", Optional.empty()),
                new ImportRuns.OpenRun(started, "FINANCE", Optional.of(7L))), open);
    }
}
