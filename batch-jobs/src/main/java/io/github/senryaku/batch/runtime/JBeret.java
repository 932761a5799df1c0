package io.github.senryaku.batch.runtime;

import jakarta.batch.operations.JobOperator;
import java.util.Optional;
import org.jberet.operations.AbstractJobOperator;
import org.jberet.operations.DelegatingJobOperator;

/**
 * JBeret's own operator behind a {@link JobOperator}, for what the Jakarta Batch API cannot ask: a job's
 * executions by job name, the job repository itself. {@code BatchRuntime.getJobOperator()} and CDI hand out
 * a delegate to the one operator of the process.
 */
final class JBeret {

    private JBeret() {
    }

    static Optional<AbstractJobOperator> operator(JobOperator operator) {
        JobOperator actual = operator instanceof DelegatingJobOperator delegating ? delegating.getDelegate() : operator;
        return actual instanceof AbstractJobOperator jberet ? Optional.of(jberet) : Optional.empty();
    }
}
