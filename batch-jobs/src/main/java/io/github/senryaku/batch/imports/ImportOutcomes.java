package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.workbook.ErrorReport;
import io.github.senryaku.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How a file is sent back, the same from every step. */
final class ImportOutcomes {

    static final String LANDED = "LANDED";
    static final String DUPLICATE = "DUPLICATE";
    static final String REJECTED = "REJECTED";
    static final String CONTINUE = "CONTINUE";

    private ImportOutcomes() {
    }

    /**
     * Sends a file back: the error report next to it in {@code rejected/}, the file itself, and the record,
     * with every problem; the import's rows are deleted, its problems kept.
     *
     * @param begun       the import, when the file got far enough to have one
     * @param newProblems problems not yet recorded
     * @param allProblems every problem, for the error report
     * @param from        who sent the file, recorded when the import had not begun yet
     */
    static void reject(JobResources.Context context, long executionId, Path source, String originalName, String sha256,
            String department, Optional<Long> begun, List<Problem> newProblems, List<Problem> allProblems,
            ReportSheet.Source from) throws IOException, SQLException {
        Instant now = context.clock().instant();
        Path destination = Filing.destination(context.settings().rejected(), originalName, now);
        ErrorReport.write(Filing.errorReportOf(destination), originalName, allProblems);
        int errors = (int) allProblems.stream().filter(Problem::isError).count();
        context.store().inTransaction(connection -> {
            long importId = begun.isPresent() ? begun.get()
                    : ImportLedger.begin(connection, sha256, originalName, department, size(source), executionId, now,
                            from.name());
            new ImportRows(importId).clear(connection, false);
            ImportLedger.recordProblems(connection, importId, ImportRows.ACROSS_ROWS, newProblems);
            ImportLedger.end(connection, importId, ImportLedger.REJECTED, destination.getFileName().toString(), 0, 0,
                    allProblems.size() - errors, errors, executionId, now);
            return null;
        });
        Filing.file(source, destination, context.settings().inbox());
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }
}
