package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
import io.github.senryaku.batch.workbook.ErrorReport;
import io.github.senryaku.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a file ends, the same from every step: its record is committed durably first, then the file moves,
 * then the move is recorded, and only then is the run's starter told (取込済 is printed after all that). A
 * crash between the commit and the move leaves an ended import whose file is still where it was; the next
 * run finishes the move ({@link ImportRecovery}).
 */
final class ImportOutcomes {

    static final String LANDED = "LANDED";
    static final String DUPLICATE = "DUPLICATE";
    static final String REJECTED = "REJECTED";
    static final String CONTINUE = "CONTINUE";

    private ImportOutcomes() {
    }

    /**
     * Sends a file back: the error report next to it in {@code rejected/} with every problem (streamed from
     * the store), then the record — rows deleted, the first {@value ImportProblems#KEPT_PROBLEMS} problems kept
     * with the counts of all — then the file itself.
     *
     * @param begun       the import, when the file got far enough to have one
     * @param newProblems problems not yet recorded
     * @param from        who sent the file, recorded when the import had not begun yet
     */
    static void reject(JobResources.Context context, long executionId, ImportLedger.RunFile at, Path source,
            String originalName, String sha256, String department, Optional<Long> begun, List<Problem> newProblems,
            ImportSource from) throws Exception {
        Instant now = context.clock().instant();
        Path destination = Filing.destination(context.settings().rejected(), originalName, now);
        long importId = context.store().inTransaction(connection -> {
            long id = begun.isPresent() ? begun.get()
                    : ImportLedger.begin(connection, new ImportLedger.NewImport(sha256, originalName, department,
                            size(source), from.recordedAs(), Optional.empty(), Optional.of(at),
                            source.toAbsolutePath().toString(), null, 1), executionId, now);
            ImportProblems.recordProblems(connection, id, ImportRows.ACROSS_ROWS, newProblems);
            return id;
        });
        ImportProblems.Tally tally = context.store().inTransaction(c -> ImportProblems.tally(c, importId));
        ErrorReport.write(Filing.errorReportOf(destination), originalName, tally.errors(), tally.warnings(),
                sink -> context.store().inConsistentRead(c -> {
                    ImportProblems.eachProblem(c, importId, originalName, sink);
                    return null;
                }));
        context.store().inDurableTransaction(connection -> {
            new ImportRows(importId).clear(connection, false);
            ImportProblems.keepFirstProblems(connection, importId);
            ImportLedger.end(connection, importId, ImportLedger.REJECTED, destination.getFileName().toString(),
                    source.toAbsolutePath().toString(), 0, 0, (int) tally.warnings(), (int) tally.errors(), executionId, now);
            return null;
        });
        file(context, importId, source, destination);
        ImportRunner.tell(context, at, ImportRunner.ended(context, at, importId, originalName, ImportResult.Kind.REJECTED));
    }

    /**
     * Files a file whose content has landed before (this run or an earlier one): recorded as a duplicate,
     * archived, nothing else changes.
     *
     * @param begun the import this run had begun for it, when the same content landed from another file meanwhile
     */
    static void duplicate(JobResources.Context context, long executionId, ImportLedger.RunFile at, Path source,
            String originalName, String sha256, Optional<Long> begun, ImportSource from) throws Exception {
        Instant now = context.clock().instant();
        Path destination = Filing.destination(context.settings().archive(), originalName, now);
        long importId = context.store().inDurableTransaction(connection -> {
            long id = begun.isPresent() ? begun.get()
                    : ImportLedger.begin(connection, new ImportLedger.NewImport(sha256, originalName, "", size(source),
                            from.recordedAs(), Optional.empty(), Optional.of(at), source.toAbsolutePath().toString(), null, 1),
                            executionId, now);
            if (begun.isPresent()) {
                new ImportRows(id).clear(connection, true);
            }
            ImportLedger.end(connection, id, ImportLedger.DUPLICATE, destination.getFileName().toString(),
                    source.toAbsolutePath().toString(), 0, 0, 0, 0, executionId, now);
            return id;
        });
        file(context, importId, source, destination);
        ImportRunner.tell(context, at, ImportRunner.ended(context, at, importId, originalName,
                ImportResult.Kind.DUPLICATE));
    }

    /** Files a landed import's file and tells the run's starter. */
    static void landed(JobResources.Context context, ImportLedger.RunFile at, long importId, Path source,
            Path destination, String originalName) throws IOException, SQLException {
        file(context, importId, source, destination);
        ImportRunner.tell(context, at, ImportRunner.ended(context, at, importId, originalName,
                ImportResult.Kind.LANDED));
    }

    /** Moves (from the inbox) or copies (from elsewhere) an ended import's file, and records that it did. */
    static void file(JobResources.Context context, long importId, Path source, Path destination)
            throws IOException, SQLException {
        Filing.file(source, destination, context.settings().inbox());
        context.store().inTransaction(c -> {
            ImportLedger.markFiled(c, importId, context.clock().instant());
            return null;
        });
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }
}
