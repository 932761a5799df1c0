package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.runtime.JobRunner;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.model.problem.Problem;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Imports one workbook through the {@code department-import} job and says how it went. An earlier
 * execution for the same file that was interrupted is restarted from its last checkpoint, provided the
 * file's content is still what it had staged; otherwise the file is imported afresh.
 */
public final class DepartmentImports {

    /** How an import ended. */
    public record Result(Kind kind, String fileName, long executionId, Optional<ImportLedger.Outcome> outcome,
            List<Problem> problems, boolean restarted) {
        public enum Kind { LANDED, DUPLICATE, REJECTED, FAILED }
    }

    private DepartmentImports() {
    }

    public static Result run(JobOperator operator, JobResources.Context context, Path file)
            throws InterruptedException, SQLException, IOException {
        return run(operator, context, file, DepartmentImportJob.NAME, new Properties());
    }

    /** As {@link #run(JobOperator, JobResources.Context, Path)}, with extra job parameters (the server's scheduledFor). */
    public static Result run(JobOperator operator, JobResources.Context context, Path file, Properties extra)
            throws InterruptedException, SQLException, IOException {
        return run(operator, context, file, DepartmentImportJob.NAME, extra);
    }

    /** The workbooks waiting in a folder, in name order; Excel's lock files (~$…), hidden and partial files left alone. */
    public static List<Path> waiting(Path folder) throws IOException {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> listing = java.nio.file.Files.list(folder)) {
            return listing.filter(java.nio.file.Files::isRegularFile).filter(DepartmentImports::isCandidate).sorted().toList();
        }
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("~$") && !name.startsWith(".") && !name.endsWith(".part");
    }

    /** Runs the finance office's import ({@code finance-import}) of one workbook, the same way. */
    public static Result runFinance(JobOperator operator, JobResources.Context context, Path file)
            throws InterruptedException, SQLException, IOException {
        return run(operator, context, file, FinanceImportJob.NAME, new Properties());
    }

    private static Result run(JobOperator operator, JobResources.Context context, Path file, String job,
            Properties extra) throws InterruptedException, SQLException, IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Properties parameters = new Properties();
        parameters.putAll(extra);
        parameters.setProperty(DepartmentImportJob.FILE, absolute.toString());
        Optional<Long> interrupted = interruptedExecution(operator, context, absolute, job);
        JobExecution execution = interrupted.isPresent()
                ? JobRunner.restartAndWait(operator, interrupted.get(), new Properties())
                : JobRunner.startAndWait(operator, job, parameters);
        String name = absolute.getFileName().toString();
        long id = execution.getExecutionId();
        if (execution.getBatchStatus() != BatchStatus.COMPLETED) {
            return new Result(Result.Kind.FAILED, name, id, Optional.empty(), List.of(), interrupted.isPresent());
        }
        Result.Kind kind = switch (String.valueOf(execution.getExitStatus())) {
            case DepartmentImportJob.DUPLICATE -> Result.Kind.DUPLICATE;
            case DepartmentImportJob.REJECTED -> Result.Kind.REJECTED;
            default -> Result.Kind.LANDED;
        };
        Optional<ImportLedger.Outcome> outcome = context.store().inTransaction(c -> ImportLedger.outcome(c, List.of(id)));
        List<Problem> problems = outcome.isEmpty() ? List.of()
                : context.store().inTransaction(c -> ImportLedger.problems(c, outcome.get().importId(), name));
        return new Result(kind, name, id, outcome, problems, interrupted.isPresent());
    }

    /**
     * Clears imports left STAGING whose file is gone (an interrupted import whose file was then removed
     * from the inbox): nothing could ever resume them, and their rows would stay in the store unseen.
     * Call it holding the data-folder lock.
     *
     * @return how many were cleared
     */
    public static int sweepAbandoned(JobOperator operator, JobResources.Context context) throws SQLException {
        List<long[]> staging = context.store().inTransaction(connection -> {
            List<long[]> found = new java.util.ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, job_execution_id FROM import_file WHERE status = 'STAGING'");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            return found;
        });
        int cleared = 0;
        for (long[] entry : staging) {
            String file;
            try {
                file = operator.getParameters(entry[1]).getProperty(DepartmentImportJob.FILE);
            } catch (jakarta.batch.operations.NoSuchJobExecutionException unknown) {
                file = null;
            }
            if (file == null || !java.nio.file.Files.exists(Path.of(file))) {
                long importId = entry[0];
                context.store().inTransaction(connection -> {
                    new ImportRows(importId).clear(connection, true);
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE import_file SET status = ? WHERE id = ?")) {
                        update.setString(1, ImportLedger.ABANDONED);
                        update.setLong(2, importId);
                        update.executeUpdate();
                    }
                    return null;
                });
                cleared++;
            }
        }
        return cleared;
    }

    /** The latest execution of this file's job instance, if it failed part-way over content still staged. */
    private static Optional<Long> interruptedExecution(JobOperator operator, JobResources.Context context, Path file,
            String job) throws SQLException, IOException {
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job, 0, 100);
        } catch (NoSuchJobException none) {
            return Optional.empty();
        }
        for (JobInstance instance : instances) {
            List<JobExecution> executions = operator.getJobExecutions(instance);
            JobExecution last = executions.stream().max(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow();
            Properties parameters = operator.getParameters(executions.stream()
                    .min(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow().getExecutionId());
            if (!file.toString().equals(parameters.getProperty(DepartmentImportJob.FILE))) {
                continue;
            }
            boolean completed = executions.stream().anyMatch(e -> e.getBatchStatus() == BatchStatus.COMPLETED);
            if (completed || (last.getBatchStatus() != BatchStatus.FAILED && last.getBatchStatus() != BatchStatus.STOPPED)) {
                return Optional.empty();
            }
            String sha256 = ImportFile.sha256(file);
            String ids = executions.stream().map(e -> String.valueOf(e.getExecutionId())).collect(Collectors.joining(","));
            boolean stillStaged = context.store().inTransaction(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM import_file WHERE sha256 = ? AND status = 'STAGING' AND job_execution_id IN (" + ids + ")")) {
                    select.setString(1, sha256);
                    try (ResultSet rs = select.executeQuery()) {
                        return rs.next();
                    }
                }
            });
            return stillStaged ? Optional.of(last.getExecutionId()) : Optional.empty();
        }
        return Optional.empty();
    }
}
