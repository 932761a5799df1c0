package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.model.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How one file's import ended.
 *
 * @param restarted whether an earlier execution had worked on the file (the run was interrupted)
 * @param failure why a FAILED or SET_ASIDE run failed, in one line; where a SET_ASIDE file went
 */
public record ImportResult(Kind kind, String fileName, long executionId, Optional<ImportLedger.Outcome> outcome,
        List<Problem> problems, boolean restarted, Optional<Failure> failure) {

    /** FAILED: a system fault; the file stays for the next run. SET_ASIDE: it failed too often and was moved. */
    public enum Kind { LANDED, DUPLICATE, REJECTED, FAILED, SET_ASIDE }

    /** Why the job failed, how many times it has for this file, and where the file was set aside. */
    public record Failure(String cause, int attempts, Optional<Path> setAsideAs) {
    }

    /** Problems a result carries to the console or the page; the error workbook lists them all. */
    public static final int SHOWN_PROBLEMS = 100;

    /** How many times a file is tried before it is set aside in {@code failed/}. */
    public static final int ATTEMPTS = SetAside.LIMIT;

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
