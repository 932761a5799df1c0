package io.github.senryaku.cli;

import io.github.senryaku.batch.BatchArtifacts;
import io.github.senryaku.batch.runtime.JobRepositoryReader;
import io.github.senryaku.batch.store.Store;
import io.github.senryaku.settings.Settings;
import jakarta.batch.runtime.JobExecution;
import java.io.PrintWriter;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code senryaku jobs}: the job executions the job repository remembers, newest first. */
@Command(name = "jobs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists job executions (ジョブの実行履歴) from the job repository, newest first.")
final class JobsCommand implements Callable<Integer> {

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many executions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = config.settings(senryaku.environment());
        Optional<Store> store = config.existingStore(settings, config.plans(settings));
        List<JobExecution> executions = store.isEmpty() ? List.of()
                : JobRepositoryReader.latestExecutions(store.get(), BatchArtifacts.JOB_NAMES, limit);
        SimpleDateFormat time = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        time.setTimeZone(TimeZone.getTimeZone("Asia/Tokyo"));
        out.println("実行ID  ジョブ              状態        終了状態    開始                 終了                 対象");
        for (JobExecution execution : executions) {
            String file = execution.getJobParameters() == null ? ""
                    : execution.getJobParameters().getProperty("file", "");
            out.printf("%-7d %-19s %-11s %-11s %-20s %-20s %s%n", execution.getExecutionId(), execution.getJobName(),
                    execution.getBatchStatus(), execution.getExitStatus() == null ? "" : execution.getExitStatus(),
                    execution.getStartTime() == null ? "" : time.format(execution.getStartTime()),
                    execution.getEndTime() == null ? "" : time.format(execution.getEndTime()),
                    file.isEmpty() ? "" : java.nio.file.Path.of(file).getFileName());
        }
        if (executions.isEmpty()) {
            out.println("（まだジョブの実行はありません）");
        }
        return ExitCodes.OK;
    }
}
