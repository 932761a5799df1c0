package io.github.senryaku.batch.runtime;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import java.util.Locale;
import java.util.Optional;
import org.jberet.runtime.AbstractStepExecution;

/**
 * Why a job execution failed, in one Japanese line for the administrator: the failed step's exception as
 * JBeret recorded it, reduced to its deepest cause, with the common system faults named in words (the
 * details stay in the log).
 */
public final class FailureCause {

    private FailureCause() {
    }

    public static String of(JobOperator operator, long executionId) {
        Optional<Throwable> failure = JBeret.operator(operator).flatMap(jberet -> jberet.getJobRepository()
                .getStepExecutions(executionId, FailureCause.class.getClassLoader()).stream()
                .filter(step -> step.getBatchStatus() == BatchStatus.FAILED)
                .map(FailureCause::exception).flatMap(Optional::stream).findFirst());
        return failure.map(FailureCause::describe).orElse("原因は不明です（ログを確認してください）");
    }

    private static Optional<Throwable> exception(StepExecution step) {
        return step instanceof AbstractStepExecution jberet ? Optional.ofNullable(jberet.getException()) : Optional.empty();
    }

    /** One line: a known system fault in words, else the deepest cause's first line. */
    public static String describe(Throwable failure) {
        Throwable deepest = failure;
        java.sql.SQLException database = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("no space left") || text.contains("disk full") || text.contains("there is not enough space")) {
                return "ディスクの空きがありません";
            }
            if (t instanceof OutOfMemoryError) {
                return "メモリが足りません（OutOfMemoryError）";
            }
            if (database == null && t instanceof java.sql.SQLException sql) {
                database = sql;
            }
            deepest = t;
        }
        if (database != null) {
            return "データベースの障害: " + (isLockTimeout(database) ? "ロック待ちが時間切れになりました" : firstLine(database));
        }
        if (deepest instanceof java.nio.file.AccessDeniedException) {
            return "ファイルの権限がありません";
        }
        return deepest.getClass().getSimpleName() + ": " + firstLine(deepest);
    }

    /**
     * A lock wait that ran out: H2 says so with SQLState HYT00 and a message that may keep its placeholder
     * ("Timeout trying to lock table {0}", in the JVM's language), PostgreSQL with 55P03.
     */
    private static boolean isLockTimeout(java.sql.SQLException database) {
        return "HYT00".equals(database.getSQLState()) || "55P03".equals(database.getSQLState());
    }

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage());
        String line = message.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
