package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.workbook.ErrorReport;
import io.github.senryaku.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The two ways a file leaves the import — landed or sent back — done the same way from every step. */
final class ImportOutcomes {

    static final String LANDED = "LANDED";
    static final String DUPLICATE = "DUPLICATE";
    static final String REJECTED = "REJECTED";
    static final String CONTINUE = "CONTINUE";

    private ImportOutcomes() {
    }

    /**
     * Sends a file back: the error report next to it in {@code rejected/}, the file itself, and the record of
     * both, with every problem. The staging area of its content is emptied.
     */
    static void reject(JobResources.Context context, long executionId, Path source, String originalName, String sha256,
            String department, List<Problem> problems) throws IOException, SQLException {
        Instant now = context.clock().instant();
        Path destination = Filing.destination(context.settings().rejected(), originalName, now);
        ErrorReport.write(Filing.errorReportOf(destination), originalName, problems);
        int errors = (int) problems.stream().filter(Problem::isError).count();
        context.store().inTransaction(connection -> {
            ImportLedger.recordRejection(connection, sha256, originalName, destination.getFileName().toString(),
                    department, errors, executionId, now);
            ImportLedger.recordProblems(connection, executionId, problems);
            return null;
        });
        if (sha256 != null) {
            context.store().inTransaction(connection -> {
                new StagingArea(sha256).clear(connection);
                return null;
            });
        }
        Filing.file(source, destination, context.settings().inbox());
    }
}
