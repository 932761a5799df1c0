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
        if (context.store().inTransaction(c -> ImportLedger.isLanded(c, recorded.sha256()))) {
            // The same content landed from another file of this run meanwhile.
            ImportOutcomes.duplicate(context, job.getExecutionId(), at, path, name, recorded.sha256(),
                    Optional.of(importId), source);
            return ImportOutcomes.DUPLICATE;
        }
        long checkStart = System.nanoTime();
        // The stage step's key check marks an import that may hold a key twice; only then is the source's
        // (seconds-long, for a million rows) grouped query worth running.
        boolean repeats = context.store().inTransaction(c -> ImportLedger.mayRepeat(c, importId)
                && source.repeats(c, importId));
        LOG.fine(() -> "duplicate check " + (System.nanoTime() - checkStart) / 1_000_000 + " ms");
        List<Problem> acrossRows = new ArrayList<>(!repeats ? List.of()
                : context.store().inTransaction(c -> source.repeatedRows(c, importId, name)));
        ImportProblems.Tally rowTally = context.store().inTransaction(c -> ImportProblems.tally(c, importId));
        boolean errors = rowTally.errors() > 0 || acrossRows.stream().anyMatch(Problem::isError);
        if (!errors) {
            acrossRows.addAll(context.store().inTransaction(c -> source.beforeLanding(c, importId, name)));
            errors = acrossRows.stream().anyMatch(Problem::isError);
        }
        if (errors) {
            ImportOutcomes.reject(context, job.getExecutionId(), at, path, name, recorded.sha256(), recorded.department(),
                    Optional.of(importId), acrossRows, source);
            return ImportOutcomes.REJECTED;
        }
        Instant now = context.clock().instant();
        Path destination = Filing.destination(context.settings().archive(), name, now);
        // Durable before anything is told: the file moves, and 取込済 is printed, only after this returns.
        context.store().inDurableTransaction(connection -> {
            ImportSource.Landed counts = source.land(connection, importId, now, repeats);
            ImportProblems.recordProblems(connection, importId, ImportRows.ACROSS_ROWS, acrossRows);
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
}
