package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/** Writes each chunk of validated rows into the import's (still invisible) rows, one transaction per chunk. */
@Named
@Dependent
public class StagedRowWriter extends AbstractItemWriter {

    @Inject
    JobResources resources;

    @Inject
    @BatchProperty
    String file;

    private ImportRows rows;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        String sha256 = ImportFile.sha256(Path.of(file));
        rows = new ImportRows(resources.get().store().inTransaction(c -> ImportLedger.find(c, sha256, ImportLedger.STAGING))
                .orElseThrow(() -> new IllegalStateException("no import begun for " + file)));
        if (checkpoint != null) {
            // Restarted: the rows before the checkpoint were not seen by this run's key check.
            resources.get().store().inTransaction(c -> {
                ImportLedger.markMayRepeat(c, rows.importId());
                return null;
            });
        }
    }

    /**
     * Non-null, so that a restart's {@link #open} can tell it is one (the abstract writer's is null, and a
     * restart would then skip marking the import for the duplicate check).
     */
    @Override
    public Serializable checkpointInfo() {
        return Boolean.TRUE;
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        @SuppressWarnings("unchecked")
        List<ValidatedRow> validated = (List<ValidatedRow>) (List<?>) items;
        resources.get().store().inTransaction(connection -> {
            rows.write(connection, validated);
            if (validated.stream().anyMatch(ValidatedRow::repeatsAKey)) {
                ImportLedger.markMayRepeat(connection, rows.importId());
            }
            return null;
        });
    }
}
