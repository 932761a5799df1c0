package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.model.problem.Problem;
import jakarta.batch.operations.JobOperator;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Imports workbooks through the {@code department-import} (or {@code finance-import}) job, all the files of a
 * call in one execution, and says how each went. A run that was interrupted is finished first, each of its files
 * from its last checkpoint ({@link ImportRunner}).
 */
public final class DepartmentImports {

    /**
     * How one file's import ended.
     *
     * @param restarted whether an earlier execution had worked on the file (the run was interrupted)
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

    /** Hears of a run as it goes, from the batch threads: each file as it ends, and rows as they are staged. */
    @FunctionalInterface
    public interface Listener {
        /** A file ended (landed, sent back, duplicate, failed, set aside); called one at a time. */
        void ended(Result result);

        /** Some rows of some file were staged (may be called from several threads at once). */
        default void rowsStaged(long rows) {
        }
    }

    /** How many times a file is tried before it is set aside in {@code failed/}. */
    public static final int ATTEMPTS = SetAside.LIMIT;

    /** Problems a result carries to the console or the page; the error workbook lists them all. */
    public static final int SHOWN_PROBLEMS = 100;

    private DepartmentImports() {
    }

    /**
     * Imports department workbooks in one run of the {@code department-import} job, after finishing any run
     * left open; {@code onEach} hears of each file as it ends.
     *
     * @param extra job parameters added to the run's (the server's scheduledFor)
     * @return every file's result, in the order they ended
     */
    public static List<Result> run(JobOperator operator, JobResources.Context context, List<Path> files,
            Properties extra, Listener onEach) throws InterruptedException, SQLException, IOException {
        return ImportRunner.run(operator, context, DepartmentImportJob.NAME, ReportSheet.Source.DEPARTMENT, files, extra,
                onEach);
    }

    /** Imports the finance office's workbooks ({@code finance-import}) the same way. */
    public static List<Result> runFinance(JobOperator operator, JobResources.Context context, List<Path> files,
            Listener onEach) throws InterruptedException, SQLException, IOException {
        return ImportRunner.run(operator, context, FinanceImportJob.NAME, ReportSheet.Source.FINANCE, files,
                new Properties(), onEach);
    }

    /** Imports one workbook; its result (a run left open may end other files first: those are not returned). */
    public static Result run(JobOperator operator, JobResources.Context context, Path file)
            throws InterruptedException, SQLException, IOException {
        return only(file, run(operator, context, List.of(file), new Properties(), result -> { }));
    }

    /** As {@link #run(JobOperator, JobResources.Context, Path)}, with extra job parameters. */
    public static Result run(JobOperator operator, JobResources.Context context, Path file, Properties extra)
            throws InterruptedException, SQLException, IOException {
        return only(file, run(operator, context, List.of(file), extra, result -> { }));
    }

    /** Runs the finance office's import of one workbook. */
    public static Result runFinance(JobOperator operator, JobResources.Context context, Path file)
            throws InterruptedException, SQLException, IOException {
        return only(file, runFinance(operator, context, List.of(file), result -> { }));
    }

    /** The file's own result: the last one named like it (a restarted run may have ended it earlier). */
    private static Result only(Path file, List<Result> results) {
        String name = file.getFileName().toString();
        return results.stream().filter(r -> r.fileName().equals(name)).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("the import run said nothing of " + name));
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
}
