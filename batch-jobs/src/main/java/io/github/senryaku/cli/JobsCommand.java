package io.github.senryaku.cli;

import io.github.senryaku.batch.runtime.JobHistory;
import io.github.senryaku.batch.runtime.JobNames;
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
import picocli.CommandLine.ParameterException;
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
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit は 1 以上にしてください: " + limit);
        }
        // Read from the job repository alone: listing executions starts neither Weld nor JBeret.
        Settings settings = config.settings(senryaku.environment());
        Optional<Store> store;
        try (ConfigOptions.PlansAndStore read = config.plansAndStore(settings)) {
            store = read.store();
        }
        Optional<JobHistory> history = store.isEmpty() ? Optional.empty()
                : JobRepositoryReader.open(store.get()).map(repository -> new JobHistory(repository, JobNames.ALL));
        JobHistory.Listing newest = history.map(h -> h.newest(limit)).orElse(new JobHistory.Listing(List.of(), false));
        SimpleDateFormat time = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        time.setTimeZone(TimeZone.getTimeZone("Asia/Tokyo"));
        out.println("実行ID  ジョブ              状態        終了状態                           開始                 終了                 対象");
        for (JobExecution execution : newest.executions()) {
            java.util.Properties parameters = execution.getJobParameters() == null ? new java.util.Properties()
                    : execution.getJobParameters();
            // An import names its run (取込の実行; its files are in the store) — one from before import runs, its
            // file — and a report its plan and year.
            String target = parameters.containsKey("run") ? "取込の実行 " + parameters.getProperty("run")
                    : parameters.containsKey("file") ? java.nio.file.Path.of(parameters.getProperty("file")).getFileName().toString()
                    : String.join(" ", parameters.getProperty("plan", ""), parameters.getProperty("year", "")).strip();
            out.printf("%-7d %-19s %-11s %-34s %-20s %-20s %s%n", execution.getExecutionId(), execution.getJobName(),
                    execution.getBatchStatus(), execution.getExitStatus() == null ? "" : execution.getExitStatus(),
                    execution.getStartTime() == null ? "" : time.format(execution.getStartTime()),
                    execution.getEndTime() == null ? "" : time.format(execution.getEndTime()),
                    target);
        }
        if (newest.executions().isEmpty()) {
            out.println("（まだジョブの実行はありません）");
        }
        if (newest.truncated()) {
            out.println("（新しい " + limit + " 件だけを表示しました。それより前の実行は --limit を大きくすると表示します）");
        }
        return ExitCodes.OK;
    }
}
