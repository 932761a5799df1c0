package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.FailureCause;
import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.runtime.JobRunner;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
import io.github.senryaku.batch.store.ImportRuns;
import io.github.senryaku.model.problem.Problem;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Runs an import of many files as one job execution (a partition per file in its stage step) and tells of each file as it
 * ends. A run left open by a crash or a fault is finished first, restarted from its checkpoints: its files
 * are not begun again. A file whose import keeps failing is set aside after {@value SetAside#LIMIT} attempts.
 */
public final class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    /** A file's end, as the run's artifacts tell it. */
    record FileEnded(ImportLedger.RunFile at, ImportResult result) {
    }

    /** Rows of a file staged, as the run's writers tell it. */
    record RowsStaged(long rows) {
    }

    /** Job parameter of the import jobs: the import run ({@code import_run.id}) whose files the partitions work on. */
    public static final String RUN = "run";
    /** Job parameter of the import jobs: rows per chunk (checkpoint interval); default 1000. */
    public static final String CHUNK_SIZE = "chunkSize";

    private ImportRunner() {
    }

    private static String key(long run) {
        return "import-run:" + run;
    }

    /** Tells the run's starter that a file ended; called from the batch threads once the file is filed. */
    static void tell(JobResources.Context context, ImportLedger.RunFile at, ImportResult result) {
        context.notices().tell(key(at.run()), new FileEnded(at, result));
    }

    /** Tells the run's starter that rows were staged (for a progress line). */
    static void tellRows(JobResources.Context context, ImportLedger.RunFile at, long rows) {
        context.notices().tell(key(at.run()), new RowsStaged(rows));
    }

    /** The result of an ended import, as recorded. */
    static ImportResult ended(JobResources.Context context, ImportLedger.RunFile at, long importId, String name,
            ImportResult.Kind kind) throws SQLException {
        // One unit of work: a night of many small files pays a session per unit (H2 makes one each time).
        return context.store().inTransaction(c -> {
            Optional<ImportLedger.Outcome> outcome = ImportLedger.outcome(c, importId);
            List<Problem> problems = outcome.isEmpty() ? List.of()
                    : ImportProblems.problems(c, importId, name, ImportResult.SHOWN_PROBLEMS);
            int attempts = ImportLedger.ofRunFile(c, at).map(ImportLedger.Recorded::attempts).orElse(1);
            return new ImportResult(kind, name, outcome.map(ImportLedger.Outcome::executionId).orElse(0L), outcome,
                    problems, attempts > 1, Optional.empty());
        });
    }

    /**
     * Finishes the runs left open, then imports the files not among theirs in one new run.
     *
     * @param extra  job parameters added to a new run's (the server's scheduledFor)
     * @param onEach told of each file as it ends, from the batch threads (one at a time)
     * @return every file's result, in the order they ended
     */
    public static List<ImportResult> run(JobOperator operator, JobResources.Context context, ImportSource source,
            List<Path> files, Properties extra, ImportListener onEach)
            throws InterruptedException, SQLException, IOException {
        List<ImportResult> results = Collections.synchronizedList(new ArrayList<>());
        Consumer<ImportResult> each = result -> {
            synchronized (results) {
                results.add(result);
                onEach.ended(result);
            }
        };
        // A file an open run has ended tonight, or still holds (it failed again), is not begun anew.
        Set<Path> taken = Collections.synchronizedSet(new HashSet<>());
        for (ImportRuns.OpenRun open : context.store().inTransaction(ImportRuns::open)) {
            finish(operator, context, open, each, onEach, taken);
        }
        for (ImportRuns.OpenRun open : context.store().inTransaction(ImportRuns::open)) {
            taken.addAll(context.store().inTransaction(c -> ImportRuns.files(c, open.id())));
        }
        List<Path> fresh = files.stream().map(f -> f.toAbsolutePath().normalize()).filter(f -> !taken.contains(f))
                .toList();
        if (!fresh.isEmpty()) {
            long run = context.store().inTransaction(c -> ImportRuns.begin(c, source.recordedAs(), fresh,
                    context.clock().instant()));
            Properties parameters = new Properties();
            parameters.putAll(extra);
            parameters.setProperty(RUN, String.valueOf(run));
            execute(operator, context, run, each, onEach, taken, () -> JobRunner.startAndWait(operator, source.jobName(), parameters));
        }
        return List.copyOf(results);
    }

    /** The file's own result: the last one named like it (a restarted run may have ended it earlier). */
    public static ImportResult only(Path file, List<ImportResult> results) {
        String name = file.getFileName().toString();
        return results.stream().filter(r -> r.fileName().equals(name)).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("the import run said nothing of " + name));
    }

    /** Restarts an open run where it stopped (or starts it, if its job never began). */
    private static void finish(JobOperator operator, JobResources.Context context, ImportRuns.OpenRun open,
            Consumer<ImportResult> each, ImportListener listener, Set<Path> taken)
            throws InterruptedException, SQLException, IOException {
        // The last execution died with these imports in hand, or failed on them: the limit may be reached.
        setAsideExhausted(context, open.id(), "処理中にプロセスが終了しました（メモリ不足や強制終了の可能性があります）", each,
                taken);
        if (endIfAllEnded(operator, context, open.id(), open.executionId())) {
            return;
        }
        String job = ImportSource.jobOf(open.source());
        if (open.executionId().isEmpty()) {
            Properties parameters = new Properties();
            parameters.setProperty(RUN, String.valueOf(open.id()));
            execute(operator, context, open.id(), each, listener, taken, () -> JobRunner.startAndWait(operator, job, parameters));
            return;
        }
        long last = open.executionId().get();
        BatchStatus status = operator.getJobExecution(last).getBatchStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            // Ended after its last file, before the run was marked: nothing is left to do.
            context.store().inTransaction(c -> {
                ImportRuns.end(c, open.id(), context.clock().instant());
                return null;
            });
            return;
        }
        LOG.info(() -> "restarting import run " + open.id() + " (execution " + last + ", " + status + ")");
        execute(operator, context, open.id(), each, listener, taken, () -> JobRunner.restartAndWait(operator, last, new Properties()));
    }

    private interface Execution {
        JobExecution run() throws InterruptedException;
    }

    /**
     * Runs the execution, passing on each file's end as it is told.
     *
     * @param taken gains the path of each file that ended
     */
    private static void execute(JobOperator operator, JobResources.Context context, long run, Consumer<ImportResult> each,
            ImportListener listener, Set<Path> taken, Execution execution) throws InterruptedException, SQLException, IOException {
        List<Path> files = context.store().inTransaction(c -> ImportRuns.files(c, run));
        Set<Integer> told = Collections.synchronizedSet(new HashSet<>());
        context.notices().listen(key(run), notice -> {
            if (notice instanceof RowsStaged staged) {
                listener.rowsStaged(staged.rows());
                return;
            }
            FileEnded ended = (FileEnded) notice;
            told.add(ended.at().ordinal());
            taken.add(files.get(ended.at().ordinal()));
            each.accept(ended.result());
        });
        JobExecution ran;
        try {
            ran = execution.run();
        } finally {
            context.notices().stopListening(key(run));
        }
        if (ran.getBatchStatus() == BatchStatus.COMPLETED) {
            context.store().inTransaction(c -> {
                ImportRuns.end(c, run, context.clock().instant());
                return null;
            });
            return;
        }
        long id = ran.getExecutionId();
        String cause = FailureCause.of(operator, id);
        LOG.warning(() -> "import run " + run + " failed (execution " + id + "): " + cause);
        setAsideExhausted(context, run, cause, each, taken);
        if (endIfAllEnded(operator, context, run, Optional.of(id))) {
            return;
        }
        for (int ordinal = 0; ordinal < files.size(); ordinal++) {
            if (told.contains(ordinal)) {
                continue;
            }
            ImportLedger.RunFile at = new ImportLedger.RunFile(run, ordinal);
            Optional<ImportLedger.Recorded> recorded = context.store().inTransaction(c -> ImportLedger.ofRunFile(c, at));
            if (recorded.isPresent() && !recorded.get().isStaging()) {
                continue; // ended by an earlier execution of the run, and told then
            }
            int attempts = recorded.map(ImportLedger.Recorded::attempts).orElse(1);
            each.accept(new ImportResult(ImportResult.Kind.FAILED, files.get(ordinal).getFileName().toString(), id, Optional.empty(),
                    List.of(), attempts > 1, Optional.of(new ImportResult.Failure(cause, attempts, Optional.empty()))));
        }
    }

    /**
     * Ends a run none of whose files has work left (each ended, or was set aside), abandoning its last
     * execution so that it is not restarted for nothing.
     */
    private static boolean endIfAllEnded(JobOperator operator, JobResources.Context context, long run,
            Optional<Long> execution) throws SQLException {
        boolean allEnded = context.store().inTransaction(c -> ImportLedger.endingsOf(c, run).values().stream()
                .mapToInt(Integer::intValue).sum() == ImportRuns.files(c, run).size());
        if (!allEnded) {
            return false;
        }
        execution.ifPresent(id -> {
            BatchStatus status = operator.getJobExecution(id).getBatchStatus();
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                operator.abandon(id);
            }
        });
        context.store().inTransaction(c -> {
            ImportRuns.end(c, run, context.clock().instant());
            return null;
        });
        return true;
    }

    /**
     * Sets aside the run's files whose imports have been worked on {@value SetAside#LIMIT} times without ending:
     * each file moves to {@code failed/}, its import is abandoned, and the run goes on without it.
     */
    private static void setAsideExhausted(JobResources.Context context, long run, String cause, Consumer<ImportResult> each,
            Set<Path> taken) throws SQLException, IOException {
        for (ImportLedger.Recorded stuck : context.store().inTransaction(c -> ImportLedger.unendedOf(c, run))) {
            Path file = Path.of(stuck.sourcePath());
            if (stuck.attempts() < SetAside.LIMIT || !Files.exists(file)) {
                continue;
            }
            Path aside = SetAside.file(context, file, stuck.sha256(), stuck.attempts(), cause);
            taken.add(file);
            context.store().inTransaction(c -> {
                new ImportRows(stuck.importId()).clear(c, true);
                ImportLedger.abandon(c, stuck.importId());
                return null;
            });
            each.accept(new ImportResult(ImportResult.Kind.SET_ASIDE, stuck.originalName(), stuck.executionId(), Optional.empty(),
                    List.of(), true, Optional.of(new ImportResult.Failure(cause, stuck.attempts(), Optional.of(aside)))));
        }
    }
}
