package io.github.senryaku.batch.runtime;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/** Starts a job and waits for its end: batch threads are daemons, so a command must wait for them. */
public final class JobRunner {

    private static final Set<BatchStatus> ENDED = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private JobRunner() {
    }

    public static JobExecution startAndWait(JobOperator operator, String job, Properties parameters)
            throws InterruptedException {
        return waitFor(operator, operator.start(job, parameters));
    }

    public static JobExecution restartAndWait(JobOperator operator, long executionId, Properties parameters)
            throws InterruptedException {
        return waitFor(operator, operator.restart(executionId, parameters));
    }

    private static JobExecution waitFor(JobOperator operator, long executionId) throws InterruptedException {
        long pause = 5;
        while (true) {
            JobExecution execution = operator.getJobExecution(executionId);
            if (ENDED.contains(execution.getBatchStatus())) {
                return execution;
            }
            Thread.sleep(pause);
            pause = Math.min(100, pause * 2);
        }
    }
}
