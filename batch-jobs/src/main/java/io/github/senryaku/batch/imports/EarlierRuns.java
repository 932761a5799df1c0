package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.SetAsideFiles;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the job repository remembers of the runs on one file, read in one pass over the job's instances:
 * the execution to restart, if the latest run on it failed or stopped part-way over content still staged;
 * and how many runs failed on this very content (same path, same hash). A file the job keeps failing on — a
 * system fault that does not go away, or a file that brings the process down — is tried {@value #LIMIT}
 * times and then set aside in {@code failed/} with a note saying why, instead of failing every night
 * (a fixed file under the same name starts afresh).
 */
record EarlierRuns(Optional<Long> restartable, int failedAttempts) {

    static final int LIMIT = 3;
    /** Job parameter: the content hash of the file when the job was started, to count attempts by content. */
    static final String SHA256 = "sha256";
    /** Instances looked at, newest first: older runs do not decide what happens to a file tonight. */
    private static final int HISTORY = 100;

    static EarlierRuns of(JobOperator operator, JobResources.Context context, String job, Path file, String sha256)
            throws SQLException {
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job, 0, HISTORY);
        } catch (NoSuchJobException none) {
            return new EarlierRuns(Optional.empty(), 0);
        }
        // A file set aside and put back by an administrator is tried afresh: count from then on.
        Instant since = context.store().inTransaction(c -> SetAsideFiles.lastSetAside(c, sha256, file.toString()))
                .orElse(Instant.MIN);
        Optional<Long> restartable = Optional.empty();
        boolean latestSeen = false;
        int failed = 0;
        for (JobInstance instance : instances) {
            List<JobExecution> executions = operator.getJobExecutions(instance);
            if (executions.isEmpty()) {
                continue; // a process killed between creating the instance and its first execution
            }
            Properties parameters = operator.getParameters(executions.stream()
                    .min(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow().getExecutionId());
            if (!file.toString().equals(parameters.getProperty(DepartmentImportJob.FILE))) {
                continue;
            }
            if (sha256.equals(parameters.getProperty(SHA256))) {
                failed += (int) executions.stream().filter(e -> e.getBatchStatus() == BatchStatus.FAILED
                        && e.getCreateTime().toInstant().isAfter(since)).count();
            }
            if (!latestSeen) {
                latestSeen = true;
                restartable = restartable(context, executions, sha256);
            }
        }
        return new EarlierRuns(restartable, failed);
    }

    /** The last execution of the instance, if it failed or stopped and its import of this content is still staged. */
    private static Optional<Long> restartable(JobResources.Context context, List<JobExecution> executions, String sha256)
            throws SQLException {
        JobExecution last = executions.stream().max(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow();
        boolean completed = executions.stream().anyMatch(e -> e.getBatchStatus() == BatchStatus.COMPLETED);
        if (completed || (last.getBatchStatus() != BatchStatus.FAILED && last.getBatchStatus() != BatchStatus.STOPPED)) {
            return Optional.empty();
        }
        List<Long> ids = executions.stream().map(JobExecution::getExecutionId).toList();
        boolean stillStaged = context.store().inTransaction(c -> ImportLedger.isStagedBy(c, sha256, ids));
        return stillStaged ? Optional.of(last.getExecutionId()) : Optional.empty();
    }

    /**
     * Moves the file to {@code failed/} (a copy when it was not in the inbox) with {@code <name>.理由.txt}
     * beside it, and records when, so that the file put back is tried afresh.
     *
     * @return where it went
     */
    static Path setAside(JobResources.Context context, Path file, String sha256, int attempts, String cause)
            throws IOException, SQLException {
        Path folder = context.settings().home().resolve("failed");
        Instant now = context.clock().instant();
        Path destination = Filing.destination(folder, file.getFileName().toString(), now);
        context.store().inTransaction(c -> {
            SetAsideFiles.record(c, sha256, file.toString(), destination.getFileName().toString(), attempts, cause, now);
            return null;
        });
        Files.writeString(destination.resolveSibling(destination.getFileName() + ".理由.txt"), String.join("\n",
                "このファイルは " + attempts + " 回続けて取り込めなかったため、取込を保留しました。",
                "最後の原因: " + cause,
                "ファイルの内容の誤りではなく、システムの障害（ディスク、データベース、メモリなど）の可能性があります。",
                "原因を取り除いてから、ファイルを受付箱（inbox）に戻してください。詳細はデータフォルダの logs にあります。", ""),
                StandardCharsets.UTF_8);
        Filing.file(file, destination, context.settings().inbox());
        return destination;
    }
}
