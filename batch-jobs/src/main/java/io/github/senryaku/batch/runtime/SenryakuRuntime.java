package io.github.senryaku.batch.runtime;

import io.github.senryaku.batch.store.Store;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import jakarta.batch.operations.JobOperator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything a command needs to run jobs: the data folder, the store (migrated), the batch runtime with
 * this run's resources in place, and a log file for the administrator in {@code <home>/logs}.
 */
public final class SenryakuRuntime implements AutoCloseable {

    private final JobResources.Context context;
    private final JobOperator operator;

    private SenryakuRuntime(JobResources.Context context, JobOperator operator) {
        this.context = context;
        this.operator = operator;
    }

    /**
     * @param plans the plans of the config folder and those in force
     * @param plan  the plan the command works on
     */
    public static SenryakuRuntime start(Settings settings, PlansInForce plans, StrategyPlan plan, GradingRulebook rulebook)
            throws IOException {
        prepareHome(settings);
        logTo(settings.home().resolve("logs"));
        Store store = Store.open(settings.database(), plans.legacy().code());
        JobResources.Context context = new JobResources.Context(settings, plans, plan, rulebook, store, Clock.systemUTC(),
                new JobNotices());
        return new SenryakuRuntime(context, BatchRuntimeBootstrap.start(context));
    }

    /** Creates the data folder's layout: inbox/, archive/, rejected/, reports/, logs/. */
    public static void prepareHome(Settings settings) throws IOException {
        for (Path folder : new Path[] {settings.home(), settings.inbox(), settings.archive(), settings.rejected(),
                settings.reports(), settings.home().resolve("logs")}) {
            Files.createDirectories(folder);
        }
    }

    private static synchronized void logTo(Path folder) throws IOException {
        Logger root = Logger.getLogger("");
        closeLog();
        FileHandler file = new FileHandler(folder.resolve("senryaku-%g.log").toString(), 5_000_000, 5, true);
        file.setFormatter(new SimpleFormatter());
        file.setEncoding("UTF-8");
        file.setLevel(Level.INFO);
        root.addHandler(file);
    }

    public JobResources.Context context() {
        return context;
    }

    public JobOperator operator() {
        return operator;
    }

    /** What the job repository remembers of every job's executions. */
    public JobHistory history() {
        return new JobHistory(operator);
    }

    public Store store() {
        return context.store();
    }

    /** Closes the log file, before the next runtime opens its own: it may belong to another data folder. */
    private static synchronized void closeLog() {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            if (handler instanceof FileHandler) {
                root.removeHandler(handler);
                handler.close();
            }
        }
    }

    /**
     * Stops CDI and closes the embedded database: nothing of this run's data stays open. The log file stays open
     * until the next runtime opens its own (or the JVM ends): a command's failure is logged by its caller after
     * the runtime is closed, and its stack trace belongs in this data folder's log, where the one-line message
     * on the console sends the administrator.
     */
    @Override
    public void close() {
        BatchRuntimeBootstrap.shutdown();
        context.store().shutdownEmbedded();
    }
}
