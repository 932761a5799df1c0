package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes each chunk of validated rows into the import's (still invisible) rows, one transaction per chunk,
 * on a thread of its own: while chunk N is inserted, chunk N+1 is read and validated on the second core.
 * At most one chunk is in flight; the checkpoint only ever covers committed chunks ({@link DurableProgress}).
 */
@Named
@Dependent
public class StagedRowWriter extends AbstractItemWriter {

    @Inject
    JobResources resources;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String file;

    private ImportRows rows;
    private DurableProgress progress;
    private ExecutorService background;
    private Future<?> inFlight;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        progress = (DurableProgress) step.getTransientUserData();
        background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "senryaku-row-writer");
            thread.setDaemon(true);
            return thread;
        });
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
        awaitInFlight();
        @SuppressWarnings("unchecked")
        List<ValidatedRow> validated = List.copyOf((List<ValidatedRow>) (List<?>) items);
        if (validated.isEmpty()) {
            return;
        }
        long last = validated.get(validated.size() - 1).ordinal();
        inFlight = background.submit(() -> {
            resources.get().store().inTransaction(connection -> {
                rows.write(connection, validated);
                if (validated.stream().anyMatch(ValidatedRow::repeatsAKey)) {
                    ImportLedger.markMayRepeat(connection, rows.importId());
                }
                return null;
            });
            progress.committed(last);
            return null;
        });
    }

    /** Non-null, so that a restart's {@link #open} can tell it is one. */
    @Override
    public Serializable checkpointInfo() {
        return progress.ordinal();
    }

    @Override
    public void close() throws Exception {
        try {
            awaitInFlight();
        } finally {
            if (background != null) {
                background.shutdown();
            }
        }
    }

    /** Waits for the chunk in flight; its failure fails the step here, on the chunk thread. */
    private void awaitInFlight() throws Exception {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception exception ? exception : failed;
        } finally {
            inFlight = null;
        }
    }
}
