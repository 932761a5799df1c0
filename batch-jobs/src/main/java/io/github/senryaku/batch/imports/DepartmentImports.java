package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.FailureCause;
import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.runtime.JobRunner;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
import io.github.senryaku.model.problem.Problem;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Imports one workbook through the {@code department-import} job and says how it went. An earlier
 * execution for the same file that was interrupted is restarted from its last checkpoint, provided the
 * file's content is still what it had staged; otherwise the file is imported afresh.
 */
public final class DepartmentImports {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DepartmentImports.class.getName());

    /** How an import ended. */
    /**
     * @param failure why a FAILED or SET_ASIDE run failed, in one line; where a SET_ASIDE file went
     */
    public record Result(Kind kind, String fileName, long executionId, Optional<ImportLedger.Outcome> outcome,
            List<Problem> problems, boolean restarted, Optional<Failure> failure) {
        /** FAILED: a system fault; the file stays for the next run. SET_ASIDE: it failed too often and was moved. */
        public enum Kind { LANDED, DUPLICATE, REJECTED, FAILED, SET_ASIDE }

        /** Why the job failed, how many times it has for this file, and where the file was set aside. */
        public record Failure(String cause, int attempts, Optional<Path> setAsideAs) {
        }

        /** How many problems the file had; {@link #problems} holds the first {@value #SHOWN_PROBLEMS} of them. */
        public long problemCount() {
            return outcome.map(o -> (long) o.errors() + o.warnings()).orElse((long) problems.size());
        }

        /** How many of the file's problems are errors. */
        public long errorCount() {
            return outcome.map(o -> (long) o.errors()).orElseGet(() -> problems.stream().filter(Problem::isError).count());
        }

        /** How many problems {@link #problems} leaves out. */
        public long problemsNotShown() {
            return Math.max(0, problemCount() - problems.size());
        }
    }

    /** How many times a file is tried before it is set aside in {@code failed/}. */
    public static final int ATTEMPTS = EarlierRuns.LIMIT;

    /** Problems a result carries to the console or the page; the error workbook lists them all. */
    public static final int SHOWN_PROBLEMS = 100;

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
        String name = absolute.getFileName().toString();
        String sha256 = ImportFile.sha256(absolute);
        EarlierRuns earlier = EarlierRuns.of(operator, context, job, absolute, sha256);
        int attempts = earlier.failedAttempts();
        if (attempts >= EarlierRuns.LIMIT) {
            // The last attempt brought the process down before it could set the file aside.
            String cause = "処理中にプロセスが終了しました（メモリ不足や強制終了の可能性があります）";
            Path aside = EarlierRuns.setAside(context, absolute, sha256, attempts, cause);
            return new Result(Result.Kind.SET_ASIDE, name, 0, Optional.empty(), List.of(), false,
                    Optional.of(new Result.Failure(cause, attempts, Optional.of(aside))));
        }
        Properties parameters = new Properties();
        parameters.putAll(extra);
        parameters.setProperty(DepartmentImportJob.FILE, absolute.toString());
        parameters.setProperty(EarlierRuns.SHA256, sha256);
        Optional<Long> interrupted = earlier.restartable();
        JobExecution execution = interrupted.isPresent()
                ? JobRunner.restartAndWait(operator, interrupted.get(), new Properties())
                : JobRunner.startAndWait(operator, job, parameters);
        long id = execution.getExecutionId();
        if (execution.getBatchStatus() != BatchStatus.COMPLETED) {
            String cause = FailureCause.of(operator, id);
            LOG.warning(() -> "import of " + name + " failed (execution " + id + ", attempt " + (attempts + 1) + "): " + cause);
            Optional<Path> aside = attempts + 1 >= EarlierRuns.LIMIT && java.nio.file.Files.exists(absolute)
                    ? Optional.of(EarlierRuns.setAside(context, absolute, sha256, attempts + 1, cause)) : Optional.empty();
            return new Result(aside.isPresent() ? Result.Kind.SET_ASIDE : Result.Kind.FAILED, name, id, Optional.empty(),
                    List.of(), interrupted.isPresent(), Optional.of(new Result.Failure(cause, attempts + 1, aside)));
        }
        Result.Kind kind = switch (String.valueOf(execution.getExitStatus())) {
            case DepartmentImportJob.DUPLICATE -> Result.Kind.DUPLICATE;
            case DepartmentImportJob.REJECTED -> Result.Kind.REJECTED;
            default -> Result.Kind.LANDED;
        };
        Optional<ImportLedger.Outcome> outcome = context.store().inTransaction(c -> ImportLedger.outcome(c, List.of(id)));
        List<Problem> problems = outcome.isEmpty() ? List.of()
                : context.store().inTransaction(c -> ImportProblems.problems(c, outcome.get().importId(), name,
                        SHOWN_PROBLEMS));
        return new Result(kind, name, id, outcome, problems, interrupted.isPresent(), Optional.empty());
    }
}
