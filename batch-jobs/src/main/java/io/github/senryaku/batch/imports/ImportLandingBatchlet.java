package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.BatchRuntimeBootstrap;
import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
import io.github.senryaku.model.problem.Problem;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Last step: checks across rows, then either lands the whole file in one transaction and files it in
 * {@code archive/}, or sends it back to {@code rejected/} with its error report. The database commit comes
 * before the file is moved, so a crash in between leaves a file that the next run recognises as landed.
 */
@Named
@Dependent
public class ImportLandingBatchlet extends AbstractBatchlet {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportLandingBatchlet.class.getName());

    @Inject
    JobResources resources;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String file;

    @Inject
    @BatchProperty
    String source;

    @Override
    public String process() throws Exception {
        JobResources.Context context = resources.get();
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            return end(alreadyFiled());
        }
        ImportFile importFile = ImportFile.of(path);
        String name = importFile.originalName();
        if (context.store().inTransaction(c -> ImportLedger.isLanded(c, importFile.sha256()))) {
            // Landed by an earlier execution that died before moving the file: finish that move.
            ImportRecovery.finishFilings(context);
            if (Files.exists(path)) {
                Filing.file(path, Filing.destination(context.settings().archive(), name, context.clock().instant()),
                        context.settings().inbox());
            }
            return end(ImportOutcomes.LANDED);
        }
        long importId = context.store().inTransaction(c -> ImportLedger.find(c, importFile.sha256(), ImportLedger.STAGING))
                .orElseThrow(() -> new IllegalStateException("no import begun for " + file));
        String department = context.store().inTransaction(c -> ImportLedger.department(c, importId));
        boolean finance = ReportSheet.Source.of(source) == ReportSheet.Source.FINANCE;
        long checkStart = System.nanoTime();
        // The stage step's key check marks an import that may hold a code and year twice; only then is the
        // (seconds-long, for a million rows) grouped query worth running.
        boolean repeats = context.store().inTransaction(c -> ImportLedger.mayRepeat(c, importId)
                && (finance || DuplicateRowCheck.hasDuplicates(c, importId)));
        LOG.info(() -> "duplicate check " + (System.nanoTime() - checkStart) / 1_000_000 + " ms");
        List<Problem> acrossRows = new ArrayList<>(!repeats ? List.of() : context.store().inTransaction(c -> finance
                ? BudgetLanding.repeatedProjects(c, importId, name) : DuplicateRowCheck.find(c, importId, name)));
        ImportProblems.Tally rowTally = context.store().inTransaction(c -> ImportProblems.tally(c, importId));
        boolean errors = rowTally.errors() > 0 || acrossRows.stream().anyMatch(Problem::isError);
        if (finance && !errors) {
            acrossRows.addAll(context.store().inTransaction(c -> BudgetLanding.nothingToLand(c, importId, name)));
            errors = acrossRows.stream().anyMatch(Problem::isError);
        }
        if (errors) {
            ImportOutcomes.reject(context, job.getExecutionId(), path, name, importFile.sha256(), department,
                    Optional.of(importId), acrossRows, ReportSheet.Source.of(source));
            return end(ImportOutcomes.REJECTED);
        }
        Instant now = context.clock().instant();
        Path destination = Filing.destination(context.settings().archive(), name, now);
        // Durable before anything is told: the file moves, and 取込済 is printed, only after this returns.
        context.store().inDurableTransaction(connection -> {
            ImportLanding.Counts counts = finance ? new ImportLanding.Counts(0, 0)
                    : ImportLanding.land(connection, importId, now, repeats);
            if (finance) {
                BudgetLanding.land(connection, importId, now);
            }
            ImportProblems.recordProblems(connection, importId, ImportRows.ACROSS_ROWS, acrossRows);
            ImportProblems.Tally tally = ImportProblems.tally(connection, importId);
            ImportProblems.keepFirstProblems(connection, importId);
            ImportLedger.end(connection, importId, ImportLedger.LANDED, destination.getFileName().toString(),
                    path.toAbsolutePath().toString(), counts.actuals(), counts.measures(), (int) tally.warnings(), 0,
                    job.getExecutionId(), now);
            return null;
        });
        ImportOutcomes.file(context, importId, path, destination);
        return end(ImportOutcomes.LANDED);
    }

    /** The file is gone: an earlier execution of this job instance filed it just before a crash. */
    private String alreadyFiled() throws Exception {
        JobOperator operator = BatchRuntimeBootstrap.operator();
        List<Long> executions = operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).stream()
                .map(JobExecution::getExecutionId).toList();
        Optional<ImportLedger.Outcome> outcome = resources.get().store()
                .inTransaction(c -> ImportLedger.outcome(c, executions));
        return outcome.map(o -> o.kind().name())
                .orElseThrow(() -> new java.nio.file.NoSuchFileException(file + "（取込の途中でファイルがなくなりました）"));
    }

    private String end(String outcome) {
        job.setExitStatus(outcome);
        return outcome;
    }
}
