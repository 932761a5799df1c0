package io.github.senryaku.cli;

import io.github.senryaku.batch.importing.ImportRecovery;
import io.github.senryaku.batch.runtime.BatchRuntimeBootstrap;
import io.github.senryaku.batch.runtime.DataFolderLock;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.server.CronSchedule;
import io.github.senryaku.server.Scheduler;
import io.github.senryaku.server.ServerJob;
import io.github.senryaku.server.WebServer;
import io.github.senryaku.settings.Settings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code senryaku serve [--port N]}: one long-running process on the city's server. Holds the data folder
 * (a second serve on it refuses to start), runs the scheduled jobs, answers {@code GET /health}, and on
 * SIGTERM stops taking work, lets a running job reach its next checkpoint, and exits; the next start
 * restarts what was stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs the server: scheduled nightly import and year-end report (settings importSchedule,",
                "reportSchedule: cron in Asia/Tokyo), GET /health. Stops on SIGTERM at the running job's next checkpoint."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());
    /** How long SIGTERM waits for a running job to reach its checkpoint. */
    static final Duration STOP_WAIT = Duration.ofSeconds(60);

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: the setting port, else 8080; 0: any free port).")
    Integer port;

    @Override
    @SuppressWarnings("try") // the lock is held for the try block's duration, not used in it
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // CDI starts on another thread while the settings and plans are read and the store is opened.
        BatchRuntimeBootstrap.startCdiAhead();
        Settings settings = config.settings(senryaku.environment());
        if (port != null) {
            settings = settings.withPort(port);
        }
        Map<ServerJob, CronSchedule> schedules = Scheduler.schedules(settings.server());
        WebServer.checkBind(settings.server());
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(settings.home());
        if (lock.isEmpty()) {
            throw new IllegalStateException("このデータフォルダ（" + settings.home() + "）では、別の senryaku（serve または import）が"
                    + "動いています。serve は1つのデータフォルダに1つだけ起動できます");
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        // SIGTERM (and Ctrl-C) are handled here rather than by shutdown hooks: hooks run concurrently, and H2's
        // own hook would close the database while the running job still writes its last checkpoint. The stop
        // is done first, and only then does the JVM exit.
        for (String name : List.of("TERM", "INT")) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stopRequested.countDown());
        }
        try (DataFolderLock held = lock.get(); SenryakuRuntime runtime = RuntimeOptions.start(config, settings)) {
            ImportRecovery.Report recovered = ImportRecovery.run(runtime.operator(), runtime.context());
            if (!recovered.interrupted().isEmpty()) {
                out.println("前回中断したジョブ " + recovered.interrupted() + " を異常終了として記録しました（次の取込で続きから再開します）");
            }
            recovered.filed().forEach(name -> out.println("前回の取込が終わったあと中断した " + name + " を保管フォルダへ移しました"));
            Scheduler scheduler = new Scheduler(runtime, schedules, Clock.systemUTC());
            WebServer web = WebServer.start(settings.server(), runtime, scheduler);
            out.println("senryaku serve: " + web.address() + "（データフォルダ " + settings.home() + "）");
            schedules.forEach((job, schedule) -> out.println("    " + schedule + " 次回 "
                    + schedule.next(java.time.ZonedDateTime.now(CronSchedule.JAPAN)).map(Object::toString).orElse("なし")));
            out.flush();
            scheduler.start();
            stopRequested.await();
            LOG.info("stop requested: no new work; a running job stops at its next checkpoint");
            out.println("senryaku serve: 停止します（実行中のジョブは次のチェックポイントで止めます）");
            out.flush();
            web.stop();
            if (!scheduler.stop(STOP_WAIT)) {
                LOG.warning("a job did not stop within " + STOP_WAIT.toSeconds() + " s");
            }
            out.println("senryaku serve: 停止しました");
            out.flush();
        }
        return ExitCodes.OK;
    }
}
