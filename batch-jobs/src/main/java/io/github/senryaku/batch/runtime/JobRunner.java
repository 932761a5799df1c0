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
     * Waits on the execution's own end: JBeret releases its latch only after the end is written to the job
     * repository, so a command that returns then can close the store without cutting that write short (a
     * status seen ended in memory before the write once made finished runs read FAILED at the next start).
     * A copy read back from the repository has no latch; only then is the status polled.
     */
    private static JobExecution waitFor(JobOperator operator, long executionId) throws InterruptedException {
        JobExecution execution = operator.getJobExecution(executionId);
        if (execution instanceof JobExecutionImpl live && live.getBatchStatus() != BatchStatus.ABANDONED) {
            live.awaitTermination(0, TimeUnit.SECONDS);
            if (ENDED.contains(live.getBatchStatus())) {
                return live;
            }
        }
        long pause = 5;
        while (!ENDED.contains((execution = operator.getJobExecution(executionId)).getBatchStatus())) {
            Thread.sleep(pause);
            pause = Math.min(100, pause * 2);
        }
        return execution;
    }
}
