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

/** The ledger's questions that the import's steps ask of it. */
class ImportLedgerTest {

    @TempDir
    Path home;

    private Store store;

    @AfterEach
    void close() {
        store.shutdownEmbedded();
    }

    /**
     * The screen clears an import of the same content that a version before import runs began and never
     * ended; it asks for exactly those, not for every begun import (the run's own among them).
     */
    @Test
    void stagingOutsideRuns_isThatContentsImportsBegunBeforeRunsAndNotEnded() throws Exception {
        store = Store.open(Settings.Database.embedded(home), "kanazawa-2nd");
        String content = "a".repeat(64);
        Instant now = Instant.now();
        long beforeRuns = store.inTransaction(c -> {
            long run = ImportRuns.begin(c, "DEPARTMENT", List.of(home.resolve("inbox/a.xlsx")), now);
            long old = ImportLedger.begin(c, content, "a.xlsx", "観光政策課", 10, 1, now);
            ImportLedger.begin(c, "b".repeat(64), "b.xlsx", "観光政策課", 10, 1, now);
            ImportLedger.abandon(c, ImportLedger.begin(c, content, "a.xlsx", "観光政策課", 10, 1, now));
            ImportLedger.begin(c, new ImportLedger.NewImport(content, "a.xlsx", "観光政策課", 10, "DEPARTMENT",
                    Optional.empty(), Optional.of(new ImportLedger.RunFile(run, 0)), home.resolve("inbox/a.xlsx").toString(),
                    null, 1), 2, now);
            return old;
        });

        List<Long> found = store.inTransaction(c -> ImportLedger.stagingOutsideRuns(c, content)).stream()
                .map(ImportLedger.Recorded::importId).toList();

        assertEquals(List.of(beforeRuns), found);
    }
}
