package io.github.senryaku.batch.runtime;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jberet.operations.AbstractJobOperator;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.JobExecutionImpl;

/**
 * Executions a crashed process (kill -9, power loss) left STARTED in the job repository. Called only by
 * the holder of the {@link DataFolderLock}, so nothing alive can own them: they are marked FAILED with the
 * exit status {@value #EXIT_STATUS}, which makes them restartable from their last checkpoint (each partition
 * from its own).
 */
public final class InterruptedExecutions {

    public static final String EXIT_STATUS = "INTERRUPTED";

    private InterruptedExecutions() {
    }

    /** Marks every execution still STARTED as FAILED; returns their ids. */
    public static List<Long> markFailed(JobOperator operator) {
        List<Long> marked = new ArrayList<>();
        Optional<AbstractJobOperator> jberet = JBeret.operator(operator);
        if (jberet.isEmpty()) {
            return marked;
        }
        JobRepository repository = jberet.get().getJobRepository();
        for (JobExecution execution : new JobHistory(operator).running()) {
            if (execution instanceof JobExecutionImpl impl) {
                long id = impl.getExecutionId();
                // The step executions are left as the crash left them: a step still STARTED tells JBeret's
                // restart that it ended abruptly, and only then does it also rerun the partitions the crash
                // kept from starting (it trusts a FAILED step's partition records to be complete).
                impl.setBatchStatus(BatchStatus.FAILED);
                impl.setExitStatus(EXIT_STATUS);
                repository.updateJobExecution(impl, true, false);
                marked.add(id);
            }
        }
        return marked;
    }
}
