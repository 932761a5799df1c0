package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
import io.github.senryaku.batch.store.ImportRuns;
import io.github.senryaku.batch.store.Store;
import io.github.senryaku.model.problem.Problem;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last step: the run's files one after another, in the run's order, each in its own transactions: checks
 * across rows, then either lands the whole file and files it in {@code archive/}, or sends it back to
 * {@code rejected/} with its error report. A landing's commit is made durable before the file moves or anyone
 * is told, but files landed within {@link #SYNC_GROUP} of each other share one sync ({@link Store#syncCommits}):
 * on H2 a sync per file was a quarter of a small file's landing. A crash before the sync may lose any of those
 * landings, each whole (the restart lands it again), or keep it without its move; a crash after the sync and
 * before the moves leaves ended imports too: the next run finishes their moves. Nobody was told of any of them. One step, not a partition per file: the files land one at a time anyway, and each
 * partition cost the job repository three writes (100 small files: 0.2 s of a 0.9 s step).
 */
@Named
@Dependent
public class ImportLandingBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ImportLandingBatchlet.class.getName());

    /** How long a landed file may wait for the sync that makes it and the files landed after it durable. */
    static final Duration SYNC_GROUP = Duration.ofMillis(200);

    @Inject
    JobResources resources;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ImportSources sources;

    @Inject
    @BatchProperty
    String run;

    private volatile boolean stopping;

    @Override
    public String process() throws Exception {
        JobResources.Context context = resources.get();
        long runId = Long.parseLong(run);
        int files = context.store().inTransaction(c -> {
            ImportRuns.workedOnBy(c, runId, job.getExecutionId());
            return ImportRuns.files(c, runId).size();
        });
        ImportSource source = sources.ofThisJob();
        // A fault on one file (a folder that cannot be made) does not keep the files after it from landing: the
        // step fails at the end with the first fault, and the run's restart tries that file again.
        Exception firstFault = null;
        try (Unsynced unsynced = new Unsynced(context)) {
            for (int ordinal = 0; ordinal < files && !stopping; ordinal++) {
                try {
                    land(context, source, new ImportLedger.RunFile(runId, ordinal), unsynced);
                    if (unsynced.waitedLongerThan(SYNC_GROUP)) {
                        unsynced.syncAndTell();
                    }
                } catch (Exception fault) {
                    int nth = ordinal + 1;
                    LOG.log(Level.WARNING, fault, () -> "landing file " + nth + " of run " + runId + " failed");
                    firstFault = firstFault == null ? fault : firstFault;
                }
            }
        }
        if (firstFault != null) {
            throw firstFault;
        }
        return stopping ? "STOPPED" : "COMPLETED";
    }

    @Override
    public void stop() {
        stopping = true;
    }

    /**
     * Lands one file of the run, or sends it back; a file ended before (at its screening, or by an earlier
     * execution) is left.
     */
    private void land(JobResources.Context context, ImportSource source, ImportLedger.RunFile at, Unsynced unsynced)
            throws Exception {
        Optional<BegunImport> found = BegunImport.of(step, context, at);
        if (found.isEmpty() || !found.get().recorded().isStaging()) {
            return;
        }
        ImportLedger.Recorded recorded = found.get().recorded();
        long importId = recorded.importId();
        String name = recorded.originalName();
        Path path = Path.of(recorded.sourcePath());
        context.store().inTransaction(c -> {
            ImportLedger.workedOnBy(c, importId, job.getExecutionId());
            return null;
        });
        if (!Files.exists(path)) {
            // Removed while the run was interrupted: nothing can land, and its rows go (ImportRecovery).
            ImportRecovery.abandon(context, importId);
            return;
        }
        long checkStart = System.nanoTime();
        Checks checks = context.store().inTransaction(c -> Checks.of(c, source, recorded));
        LOG.fine(() -> "checks across rows " + (System.nanoTime() - checkStart) / 1_000_000 + " ms");
        if (checks.landedAlready() || checks.errors()) {
            // Sent back or filed as a duplicate, durably, on its own: the landings before it are told first.
            unsynced.syncAndTell();
        }
        if (checks.landedAlready()) {
            // The same content landed from another file of this run meanwhile.
            ImportOutcomes.duplicate(context, job.getExecutionId(), at, path, name, recorded.sha256(),
                    Optional.of(importId), source);
            return;
        }
        if (checks.errors()) {
            ImportOutcomes.reject(context, job.getExecutionId(), at, path, name, recorded.sha256(), recorded.department(),
                    Optional.of(importId), checks.acrossRows(), source);
            return;
        }
        Instant now = context.clock().instant();
        Path destination = Filing.destination(context.settings().archive(), name, now);
        if (unsynced.movesTo(destination)) {
            // A file of the same name (from another folder) waits to go there: it moves first.
            unsynced.syncAndTell();
            destination = Filing.destination(context.settings().archive(), name, now);
        }
        Path archived = destination;
        context.store().inTransactionDurableAtSync(connection -> {
            ImportSource.Landed counts = source.land(connection, importId, now, checks.repeats());
            ImportProblems.recordProblems(connection, importId, ImportRows.ACROSS_ROWS, checks.acrossRows());
            ImportProblems.Tally tally = ImportProblems.tally(connection, importId);
            ImportProblems.keepFirstProblems(connection, importId);
            ImportLedger.end(connection, importId, ImportLedger.LANDED, archived.getFileName().toString(),
                    path.toAbsolutePath().toString(), counts.actuals(), counts.measures(), (int) tally.warnings(), 0,
                    job.getExecutionId(), now);
            return null;
        });
        unsynced.add(new Landing(at, importId, path, archived, name));
    }

    /** A file whose landing has committed, not yet made durable, filed or told. */
    private record Landing(ImportLedger.RunFile at, long importId, Path source, Path destination, String name) {
    }

    /**
     * The landings waiting for the next sync, in the run's order. Closing it syncs and tells what waits, also when
     * the step fails on a later file: those landings are as good as any.
     */
    private static final class Unsynced implements AutoCloseable {

        private final JobResources.Context context;
        private final List<Landing> landings = new ArrayList<>();
        private long firstLandedAt;

        Unsynced(JobResources.Context context) {
            this.context = context;
        }

        void add(Landing landing) {
            if (landings.isEmpty()) {
                firstLandedAt = System.nanoTime();
            }
            landings.add(landing);
        }

        boolean movesTo(Path destination) {
            return landings.stream().anyMatch(landing -> landing.destination().equals(destination));
        }

        boolean waitedLongerThan(Duration group) {
            return !landings.isEmpty() && System.nanoTime() - firstLandedAt >= group.toNanos();
        }

        /**
         * Durable first; only then does each file move and its line print. A file that cannot be moved does not
         * keep the others from being told; it is ended, and the next run finishes its move (ImportRecovery).
         */
        void syncAndTell() throws Exception {
            if (landings.isEmpty()) {
                return;
            }
            context.store().syncCommits();
            List<Landing> durable = List.copyOf(landings);
            landings.clear();
            Exception firstFault = null;
            for (Landing landing : durable) {
                try {
                    ImportOutcomes.landed(context, landing.at(), landing.importId(), landing.source(),
                            landing.destination(), landing.name());
                } catch (Exception fault) {
                    firstFault = firstFault == null ? fault : firstFault;
                }
            }
            if (firstFault != null) {
                throw firstFault;
            }
        }

        @Override
        public void close() throws Exception {
            syncAndTell();
        }
    }

    /**
     * What the landing decides on, read in one unit of work (a night of many small files pays a session per
     * unit): whether the same content has landed meanwhile; whether the file may hold a key twice (the stage
     * step's key check marks it; only then is the source's grouped query, seconds long for a million rows, run);
     * the problems across rows; and whether any problem so far is an error.
     */
    private record Checks(boolean landedAlready, boolean repeats, List<Problem> acrossRows, boolean errors) {

        static Checks of(Connection connection, ImportSource source, ImportLedger.Recorded recorded)
                throws SQLException {
            long importId = recorded.importId();
            if (ImportLedger.isLanded(connection, recorded.sha256())) {
                return new Checks(true, false, List.of(), false);
            }
            boolean repeats = ImportLedger.mayRepeat(connection, importId) && source.repeats(connection, importId);
            List<Problem> acrossRows = new ArrayList<>(repeats
                    ? source.repeatedRows(connection, importId, recorded.originalName()) : List.of());
            boolean errors = ImportProblems.tally(connection, importId).errors() > 0
                    || acrossRows.stream().anyMatch(Problem::isError);
            if (!errors) {
                acrossRows.addAll(source.beforeLanding(connection, importId, recorded.originalName()));
                errors = acrossRows.stream().anyMatch(Problem::isError);
            }
            return new Checks(false, repeats, List.copyOf(acrossRows), errors);
        }
    }
}
