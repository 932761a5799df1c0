package io.github.senryaku.batch.runtime;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.JobExecutionImpl;

/**
 * What the job repository remembers of senryaku's job executions: the one place that lists them, for the
 * {@code jobs} command, the pages, the health check, the scheduler, recovery and the batch artifacts.
 *
 * <p>Nothing is cut silently. A listing is bounded only by a limit its caller states, and says when the limit
 * cut it short; {@link #runs} walks every instance of a job, newest first and lazily, so a caller that
 * needs only the latest stops there by its own choice.
 *
 * <p>Newest means the highest execution id: the repository numbers executions in the order they are created,
 * across all jobs, so a restart of an old instance is newer than a later first run.
 */
@Dependent
public final class JobHistory {

    private final JobRepository repository;
    private final List<String> jobs;

    /** The history of every job senryaku defines, through the process's operator (as CDI injects it). */
    @Inject
    public JobHistory(JobOperator operator) {
        this(operator, JobNames.ALL);
    }

    /** The history of these jobs. */
    public JobHistory(JobOperator operator, List<String> jobs) {
        this(JBeret.operator(operator).orElseThrow(() -> new IllegalArgumentException(
                "the job history reads JBeret's job repository: " + operator)).getJobRepository(), jobs);
    }

    /**
     * The history of these jobs in a repository read without the runtime ({@link JobRepositoryReader}): a
     * command that only lists executions need not start Weld and JBeret.
     */
    public JobHistory(JobRepository repository, List<String> jobs) {
        this.repository = repository;
        this.jobs = List.copyOf(jobs);
    }

    /**
     * At most {@code limit} executions, newest first.
     *
     * @param truncated whether older executions exist beyond the limit
     */
    public record Listing(List<JobExecution> executions, boolean truncated) {
        public Listing {
            executions = List.copyOf(executions);
        }
    }

    /**
     * One job instance — a job started on its parameters — with its executions: the first and its restarts,
     * oldest first. A process killed between creating the instance and its first execution leaves an
     * instance without executions; such an instance is no run.
     */
    public record Run(JobInstance instance, List<JobExecution> executions) {
        public Run {
            Objects.requireNonNull(instance, "instance");
            executions = executions.stream().sorted(Comparator.comparingLong(JobExecution::getExecutionId)).toList();
            if (executions.isEmpty()) {
                throw new IllegalArgumentException("a run has at least one execution");
            }
        }

        public JobExecution first() {
            return executions.get(0);
        }

        public JobExecution last() {
            return executions.get(executions.size() - 1);
        }

        /** The parameters the run was started with: a restart's execution records only what it overrode. */
        public Properties parameters() {
            Properties parameters = first().getJobParameters();
            return parameters == null ? new Properties() : parameters;
        }
    }

    /** The newest executions of every job. */
    public Listing newest(int limit) {
        requirePositive(limit);
        List<Long> ids = new ArrayList<>();
        for (String job : jobs) {
            ids.addAll(repository.getJobExecutionsByJob(job));
        }
        ids.sort(Comparator.reverseOrder());
        return listing(ids, limit);
    }

    /** The newest executions of one job. */
    public Listing newest(String job, int limit) {
        requirePositive(limit);
        return listing(repository.getJobExecutionsByJob(job), limit);
    }

    /** The job's newest execution, if it ever ran. */
    public Optional<JobExecution> latest(String job) {
        return newest(job, 1).executions().stream().findFirst();
    }

    /** Every execution of the instance this execution belongs to (the run it is part of), oldest first. */
    public List<JobExecution> executionsOfInstance(long executionId) {
        JobInstance instance = ((JobExecutionImpl) repository.getJobExecution(executionId)).getJobInstance();
        return new Run(instance, repository.getJobExecutions(instance)).executions();
    }

    /**
     * Every run of the job, newest instance first, each read from the repository only when the stream reaches
     * it. Nothing is left out: a caller that wants fewer stops the stream.
     */
    public Stream<Run> runs(String job) {
        List<JobInstance> instances = repository.getJobInstances(job); // newest first
        return instances.stream().flatMap(instance -> run(instance).stream());
    }

    /**
     * The runs of the job started with parameters that pass the test (the file an import was started on),
     * newest first, as {@link #runs(String)}.
     */
    public Stream<Run> runs(String job, Predicate<Properties> startedWith) {
        return runs(job).filter(run -> startedWith.test(run.parameters()));
    }

    /** The executions of every job the repository holds as running (STARTING or STARTED), oldest first. */
    public List<JobExecution> running() {
        List<Long> ids = new ArrayList<>();
        for (String job : jobs) {
            ids.addAll(repository.getRunningExecutions(job));
        }
        return ids.stream().sorted().map(repository::getJobExecution).toList();
    }

    private Optional<Run> run(JobInstance instance) {
        List<JobExecution> executions = repository.getJobExecutions(instance);
        return executions.isEmpty() ? Optional.empty() : Optional.of(new Run(instance, executions));
    }

    private Listing listing(List<Long> newestFirst, int limit) {
        List<JobExecution> executions = newestFirst.stream().limit(limit).map(repository::getJobExecution).toList();
        return new Listing(executions, newestFirst.size() > limit);
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a listing shows at least one execution: " + limit);
        }
    }
}
