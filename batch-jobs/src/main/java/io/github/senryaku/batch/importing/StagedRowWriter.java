package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Writes each chunk of validated rows into the import's (still invisible) rows, one transaction per chunk. */
@Named
@Dependent
public class StagedRowWriter extends AbstractItemWriter {

    @Inject
    JobResources resources;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private ImportRows rows;
    private long lastWritten;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        // The reader, opened first, found the partition's import; a file its screen step ended has none.
        if (!(step.getTransientUserData() instanceof BegunImport begun) || !begun.recorded().isStaging()) {
            return;
        }
        rows = new ImportRows(begun.importId(), begun.planCode());
        // A checkpoint of another shape (an older version's) is treated as a restart from the first row.
        lastWritten = checkpoint instanceof Long ordinal ? ordinal : 0;
        // Chunks committed after the last checkpoint (or before the first) are read and written again.
        resources.get().store().inTransaction(c -> {
            ImportLedger.workedOnBy(c, rows.importId(), job.getExecutionId());
            rows.discardAfter(c, lastWritten);
            if (checkpoint != null) {
                // Restarted: the rows before the checkpoint were not seen by this run's key check.
                ImportLedger.markMayRepeat(c, rows.importId());
            }
            return null;
        });
    }

    /**
     * The ordinal of the last row written, saved with the reader's position at each checkpoint. Never null,
     * so that a restart's {@link #open} can tell it is one.
     */
    @Override
    public Serializable checkpointInfo() {
        return lastWritten;
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
        if (!validated.isEmpty()) {
            lastWritten = validated.get(validated.size() - 1).ordinal();
            ImportRunner.tellRows(resources.get(), ((BegunImport) step.getTransientUserData()).at(), validated.size());
        }
    }
}
