package io.github.senryaku.batch.runtime;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jberet.runtime.JobExecutionImpl;

/** Starts a job and waits for its end: batch threads are daemons, so a command must wait for them. */
public final class JobRunner {

    private static final Set<BatchStatus> ENDED = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    /** Bounded, in case the object is a copy read back from the repository, whose latch nobody releases. */
    private static final long REPOSITORY_WRITE_WAIT_SECONDS = 30;

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

    /**
     * JBeret sets the ended status in memory before it writes the execution's end to the job repository, so
     * a command that stopped at the status could close the store under that write: the execution would
     * then read FAILED/INTERRUPTED at the next start although its work was done (seen as flaky job lists in
     * tests). The runner's own execution object is released only after the write; wait for that too.
     */
    private static JobExecution waitFor(JobOperator operator, long executionId) throws InterruptedException {
        long pause = 5;
        while (true) {
            JobExecution execution = operator.getJobExecution(executionId);
            if (ENDED.contains(execution.getBatchStatus())) {
                if (execution instanceof JobExecutionImpl running) {
                    running.awaitTermination(REPOSITORY_WRITE_WAIT_SECONDS, TimeUnit.SECONDS);
                }
                return execution;
            }
            Thread.sleep(pause);
            pause = Math.min(100, pause * 2);
        }
    }
}
