package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Last step, one partition per file, one file at a time in the run's order: checks across rows, then either
 * lands the whole file in one transaction and files it in {@code archive/}, or sends it back to
 * {@code rejected/} with its error report. The database commit comes before the file is moved, so a crash in
 * between leaves an ended import whose move the next run finishes.
 */
@Named
@Dependent
public class ImportLandingBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ImportLandingBatchlet.class.getName());

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

    @Inject
    @BatchProperty
    String ordinal;

    @Override
    public String process() throws Exception {
        JobResources.Context context = resources.get();
        ImportLedger.RunFile at = BegunImport.at(run, ordinal);
        Optional<BegunImport> found = BegunImport.of(step, context, at);
        if (found.isEmpty() || !found.get().recorded().isStaging()) {
            // Ended by the screen step (or by an execution before this restart), or never begun: nothing to land.
            return found.map(b -> b.recorded().status()).orElse("NONE");
        }
        ImportLedger.Recorded recorded = found.get().recorded();
        long importId = recorded.importId();
        String name = recorded.originalName();
        Path path = Path.of(recorded.sourcePath());
        ImportSource source = sources.ofThisJob();
        context.store().inTransaction(c -> {
            ImportLedger.workedOnBy(c, importId, job.getExecutionId());
            return null;
        });
        if (!Files.exists(path)) {
            // Removed while the run was interrupted: nothing can land, and its rows go (ImportRecovery).
            ImportRecovery.abandon(context, importId);
            return ImportLedger.ABANDONED;
        }
        long checkStart = System.nanoTime();
        Checks checks = context.store().inTransaction(c -> Checks.of(c, source, recorded));
        LOG.fine(() -> "checks across rows " + (System.nanoTime() - checkStart) / 1_000_000 + " ms");
        if (checks.landedAlready()) {
            // The same content landed from another file of this run meanwhile.
            ImportOutcomes.duplicate(context, job.getExecutionId(), at, path, name, recorded.sha256(),
                    Optional.of(importId), source);
            return ImportOutcomes.DUPLICATE;
        }
        if (checks.errors()) {
            ImportOutcomes.reject(context, job.getExecutionId(), at, path, name, recorded.sha256(), recorded.department(),
                    Optional.of(importId), checks.acrossRows(), source);
            return ImportOutcomes.REJECTED;
        }
        Instant now = context.clock().instant();
        Path destination = Filing.destination(context.settings().archive(), name, now);
        // Durable before anything is told: the file moves, and 取込済 is printed, only after this returns.
        context.store().inDurableTransaction(connection -> {
            ImportSource.Landed counts = source.land(connection, importId, now, checks.repeats());
            ImportProblems.recordProblems(connection, importId, ImportRows.ACROSS_ROWS, checks.acrossRows());
            ImportProblems.Tally tally = ImportProblems.tally(connection, importId);
            ImportProblems.keepFirstProblems(connection, importId);
            ImportLedger.end(connection, importId, ImportLedger.LANDED, destination.getFileName().toString(),
                    path.toAbsolutePath().toString(), counts.actuals(), counts.measures(), (int) tally.warnings(), 0,
                    job.getExecutionId(), now);
            return null;
        });
        ImportOutcomes.landed(context, at, importId, path, destination, name);
        return ImportOutcomes.LANDED;
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
