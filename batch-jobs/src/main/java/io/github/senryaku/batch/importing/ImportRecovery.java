package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.InterruptedExecutions;
import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import jakarta.batch.operations.JobOperator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * What a run does first, holding the data-folder lock, after a crash (kill -9, power cut, OOM) of an
 * earlier one: executions left STARTED are marked failed so they can restart from their checkpoint; error
 * workbooks left half-written are removed; an
 * import that ended (landed or sent back) but whose file had not moved yet has its move finished; an
 * import begun whose file is gone is cleared. A landed import is never cleared: it ended, so it is not
 * STAGING, and its file is found where {@code source_path} says, or already where {@code stored_as} says.
 */
public final class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    /** What recovery did. */
    public record Report(List<Long> interrupted, List<String> filed, int abandoned) {
    }

    private ImportRecovery() {
    }

    public static Report run(JobOperator operator, JobResources.Context context) throws SQLException, IOException {
        List<Long> interrupted = InterruptedExecutions.markFailed(operator);
        removePartialErrorReports(context);
        List<String> filed = finishFilings(context);
        int abandoned = sweepAbandoned(context);
        return new Report(interrupted, filed, abandoned);
    }

    /**
     * Error workbooks are written as {@code .part} and renamed when whole; one left behind was being written
     * when its process died (the rejection itself is then redone, under a new name).
     */
    private static void removePartialErrorReports(JobResources.Context context) throws IOException, SQLException {
        Path rejected = context.settings().rejected();
        if (!Files.isDirectory(rejected)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(rejected)) {
            for (Path partial : files.filter(f -> f.getFileName().toString().endsWith(".errors.xlsx.part")).toList()) {
                Files.deleteIfExists(partial);
                LOG.info(() -> "removed an error workbook a crash left unfinished: " + partial.getFileName());
            }
        }
        // A whole error workbook whose rejection was never committed (the process died in between): the rejection
        // is redone under a new name, so this one would be a second report of the same file.
        java.util.Set<String> recorded = context.store().inTransaction(ImportLedger::rejectedNames);
        try (java.util.stream.Stream<Path> files = Files.list(rejected)) {
            for (Path report : files.filter(f -> f.getFileName().toString().endsWith(Filing.ERROR_REPORT_SUFFIX)).toList()) {
                String name = report.getFileName().toString();
                if (!recorded.contains(name.substring(0, name.length() - Filing.ERROR_REPORT_SUFFIX.length()))) {
                    Files.deleteIfExists(report);
                    LOG.info(() -> "removed an error workbook whose rejection a crash left unrecorded: " + name);
                }
            }
        }
    }

    /**
     * Finishes the moves a crash interrupted: the ended import's file goes from where it was read to
     * {@code archive/} or {@code rejected/} under its recorded name. A file no longer there (or changed since)
     * is not looked for again.
     *
     * @return the original names of the files moved
     */
    static List<String> finishFilings(JobResources.Context context) throws SQLException, IOException {
        List<String> filed = new ArrayList<>();
        for (ImportLedger.Unfiled unfiled : context.store().inTransaction(ImportLedger::unfiled)) {
            Path folder = ImportLedger.REJECTED.equals(unfiled.status()) ? context.settings().rejected()
                    : context.settings().archive();
            Path destination = folder.resolve(unfiled.storedAs());
            Path source = unfiled.sourcePath() == null ? null : Path.of(unfiled.sourcePath());
            if (!Files.exists(destination) && source != null && Files.isRegularFile(source)
                    && ImportFile.sha256(source).equals(unfiled.sha256())) {
                Files.createDirectories(folder);
                Filing.file(source, destination, context.settings().inbox());
                filed.add(unfiled.originalName());
                LOG.info(() -> "finished filing import " + unfiled.importId() + ": " + unfiled.storedAs());
            } else if (!Files.exists(destination)) {
                LOG.warning(() -> "import " + unfiled.importId() + " (" + unfiled.originalName() + ") ended, but its file"
                        + " is no longer where it was read from; nothing to file");
            }
            context.store().inTransaction(c -> {
                ImportLedger.markFiled(c, unfiled.importId(), context.clock().instant());
                return null;
            });
        }
        return filed;
    }

    /**
     * Clears imports left STAGING whose file is gone (an interrupted import whose file was then removed
     * from the inbox): nothing could ever resume them, and their rows would stay in the store unseen.
     *
     * @return how many were cleared
     */
    private static int sweepAbandoned(JobResources.Context context) throws SQLException {
        int cleared = 0;
        for (ImportLedger.Recorded begun : context.store().inTransaction(ImportLedger::staging)) {
            if (begun.sourcePath() == null || !Files.exists(Path.of(begun.sourcePath()))) {
                abandon(context, begun.importId());
                cleared++;
            }
        }
        return cleared;
    }

    /** Clears a begun import's rows and marks it ABANDONED. */
    static void abandon(JobResources.Context context, long importId) throws SQLException {
        context.store().inTransaction(connection -> {
            new ImportRows(importId).clear(connection, true);
            ImportLedger.abandon(connection, importId);
            return null;
        });
    }
}
