package io.github.senryaku.server;

import io.github.senryaku.batch.importing.WaitingFiles;

import io.github.senryaku.batch.annualreport.AnnualReports;
import io.github.senryaku.batch.annualreport.ReportFormat;
import io.github.senryaku.batch.departmentimport.DepartmentImports;
import io.github.senryaku.batch.runtime.JobHistory;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.model.time.FiscalYear;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the server's jobs at their cron times on one thread, so two runs never overlap. At start, a run
 * whose last scheduled time passed while the server was down — no execution in the job repository carries
 * that time as its {@code scheduledFor} parameter — runs once. Stopping lets a running job reach its next
 * checkpoint ({@code JobOperator.stop}); the next start restarts it.
 */
public final class Scheduler {

    private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

    private final SenryakuRuntime runtime;
    private final Map<ServerJob, CronSchedule> schedules;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor thread;
    private volatile boolean stopping;

    public Scheduler(SenryakuRuntime runtime, Map<ServerJob, CronSchedule> schedules, Clock clock) {
        this.runtime = runtime;
        this.schedules = new EnumMap<>(schedules);
        this.clock = clock;
        this.thread = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread worker = new Thread(runnable, "senryaku-scheduler");
            worker.setDaemon(true);
            return worker;
        });
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Parses both schedules of the settings; a malformed one stops the server before it starts. */
    public static Map<ServerJob, CronSchedule> schedules(io.github.senryaku.settings.Settings.Server server) {
        Map<ServerJob, CronSchedule> schedules = new EnumMap<>(ServerJob.class);
        schedules.put(ServerJob.NIGHTLY_IMPORT, CronSchedule.parse(ServerJob.NIGHTLY_IMPORT.setting(), server.importSchedule()));
        schedules.put(ServerJob.YEAR_END_REPORT, CronSchedule.parse(ServerJob.YEAR_END_REPORT.setting(),
                server.reportSchedule()));
        return schedules;
    }

    /** Runs what was missed, then waits for the schedules. */
    public void start() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (ServerJob job : EnumSet.allOf(ServerJob.class)) {
            schedules.get(job).last(now).filter(slot -> !ran(job, slot)).ifPresent(missed -> {
                LOG.info(() -> job + ": the run of " + missed + " was missed while the server was down; running it now");
                thread.execute(() -> run(job, missed));
            });
            scheduleNext(job, now);
        }
    }

    /**
     * Runs work (an upload's import) on the scheduler's thread and waits for it: an upload never runs at the
     * same time as a scheduled job or another upload.
     */
    public <T> T runNow(java.util.concurrent.Callable<T> work) throws Exception {
        if (stopping) {
            throw new IllegalStateException("サーバーを停止しています。しばらくしてからもう一度お試しください");
        }
        try {
            return thread.submit(work).get();
        } catch (java.util.concurrent.ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    public Optional<ZonedDateTime> nextRun(ServerJob job) {
        return schedules.get(job).next(ZonedDateTime.now(clock));
    }

    private void scheduleNext(ServerJob job, ZonedDateTime after) {
        if (stopping) {
            return;
        }
        schedules.get(job).next(after).ifPresent(slot -> {
            long delay = Math.max(0, Duration.between(ZonedDateTime.now(clock), slot).toMillis());
            thread.schedule(() -> {
                run(job, slot);
                scheduleNext(job, slot);
            }, delay, TimeUnit.MILLISECONDS);
        });
    }

    private void run(ServerJob job, ZonedDateTime slot) {
        if (stopping) {
            return;
        }
        Properties scheduled = new Properties();
        scheduled.setProperty(ServerJob.SCHEDULED_FOR, slot.toOffsetDateTime().toString());
        try {
            switch (job) {
                case NIGHTLY_IMPORT -> {
                    List<Path> files = WaitingFiles.in(runtime.context().settings().inbox());
                    LOG.info(() -> "nightly import (" + slot + "): " + files.size() + " file(s) in the inbox");
                    // One run for the night's files; a run an earlier night left open is finished first.
                    DepartmentImports.run(runtime.operator(), runtime.context(), files, scheduled,
                            result -> LOG.info(() -> "nightly import: " + result.fileName() + " " + result.kind()));
                }
                case YEAR_END_REPORT -> {
                    // Every plan in force whose period holds the year just closed gets its report.
                    FiscalYear closed = FiscalYear.containing(slot.toLocalDate()).plus(-1);
                    List<io.github.senryaku.model.plan.StrategyPlan> reporting = runtime.context().plans().plans().stream()
                            .filter(plan -> plan.period().contains(closed)).toList();
                    if (reporting.isEmpty()) {
                        LOG.info(() -> "year-end report (" + slot + "): " + closed.shortCode() + " is outside every plan's"
                                + " period; nothing to report");
                        return;
                    }
                    for (var plan : reporting) {
                        Properties parameters = new Properties();
                        parameters.putAll(scheduled);
                        parameters.setProperty(io.github.senryaku.batch.annualreport.AnnualReportJob.PLAN, plan.code());
                        AnnualReports.Result result = AnnualReports.run(runtime.operator(), closed,
                                ReportFormat.ANNUAL, AnnualReports.defaultFolder(
                                        runtime.context().settings().reports(), plan.code(), closed), parameters);
                        LOG.info(() -> "year-end report " + plan.code() + " " + closed.shortCode() + " (" + slot + "): "
                                + result.status());
                    }
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Exception failed) {
            LOG.log(Level.SEVERE, job + " (" + slot + ") failed: " + failed.getMessage(), failed);
        }
    }

    /**
     * Whether the run for that scheduled time happened: an execution carries the time, and none of the runs
     * it started ended stopped or failed (a SIGTERM, a crash) — those are run again, and a stopped import
     * restarts from its checkpoint.
     */
    boolean ran(ServerJob job, ZonedDateTime slot) {
        String wanted = slot.toOffsetDateTime().toString();
        List<JobHistory.Run> forSlot = runtime.history().runs(job.jobName())
                .filter(run -> run.executions().stream().anyMatch(execution -> scheduledFor(execution, wanted))).toList();
        return !forSlot.isEmpty() && forSlot.stream().map(JobHistory.Run::last).noneMatch(last ->
                last.getBatchStatus() == BatchStatus.STOPPED || last.getBatchStatus() == BatchStatus.FAILED);
    }

    private static boolean scheduledFor(JobExecution execution, String slot) {
        Properties parameters = execution.getJobParameters();
        return parameters != null && slot.equals(parameters.getProperty(ServerJob.SCHEDULED_FOR));
    }

    /**
     * Takes no more work, asks every running job to stop at its next checkpoint, and waits for them.
     *
     * @return whether everything stopped within the time
     */
    public boolean stop(Duration wait) throws InterruptedException {
        stopping = true;
        thread.shutdown();
        JobOperator operator = runtime.operator();
        for (JobExecution running : runtime.history().running()) {
            long id = running.getExecutionId();
            LOG.info(() -> "stopping job execution " + id + " (" + running.getJobName() + ") at its next checkpoint");
            try {
                operator.stop(id);
            } catch (RuntimeException alreadyEnded) {
                LOG.fine(() -> "execution " + id + " ended before it could be stopped");
            }
        }
        return thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
