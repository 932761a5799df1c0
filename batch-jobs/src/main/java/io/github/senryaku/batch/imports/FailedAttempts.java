package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.JobResources;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * A file the import job keeps failing on — a system fault that does not go away, or a file that brings the
 * process down — is tried {@value #LIMIT} times and then set aside in {@code failed/} with a note saying why,
 * instead of failing every night. Attempts are counted from the job repository: failed executions of the
 * job for the same path and the same content (a fixed file under the same name starts afresh).
 */
final class FailedAttempts {

    static final int LIMIT = 3;
    /** Job parameter: the content hash of the file when the job was started, to count attempts by content. */
    static final String SHA256 = "sha256";

    private FailedAttempts() {
    }

    static int count(JobOperator operator, String job, Path file, String sha256) {
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job, 0, 100);
        } catch (NoSuchJobException none) {
            return 0;
        }
        int failed = 0;
        for (JobInstance instance : instances) {
            List<JobExecution> executions = operator.getJobExecutions(instance);
            Properties parameters = operator.getParameters(executions.stream()
                    .min(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow().getExecutionId());
            if (file.toString().equals(parameters.getProperty(DepartmentImportJob.FILE))
                    && sha256.equals(parameters.getProperty(SHA256))) {
                failed += (int) executions.stream().filter(e -> e.getBatchStatus() == BatchStatus.FAILED).count();
            }
        }
        return failed;
    }

    /**
     * Moves the file to {@code failed/} (a copy when it was not in the inbox) with {@code <name>.理由.txt}
     * beside it.
     *
     * @return where it went
     */
    static Path setAside(JobResources.Context context, Path file, int attempts, String cause) throws IOException {
        Path folder = context.settings().home().resolve("failed");
        Path destination = Filing.destination(folder, file.getFileName().toString(), context.clock().instant());
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
