package io.github.senryaku.batch.imports;

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
 * then the move is recorded. A crash between the commit and the move leaves an ended import whose file is
 * still where it was; the next run finishes the move ({@link ImportRecovery}).
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
    static void reject(JobResources.Context context, long executionId, Path source, String originalName, String sha256,
            String department, Optional<Long> begun, List<Problem> newProblems, ReportSheet.Source from)
            throws Exception {
        Instant now = context.clock().instant();
        Path destination = Filing.destination(context.settings().rejected(), originalName, now);
        long importId = context.store().inTransaction(connection -> {
            long id = begun.isPresent() ? begun.get()
                    : ImportLedger.begin(connection, sha256, originalName, department, size(source), executionId, now,
                            from.name(), Optional.empty());
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
