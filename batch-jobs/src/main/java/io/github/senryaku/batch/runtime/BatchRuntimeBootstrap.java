package io.github.senryaku.batch.runtime;

import io.github.senryaku.batch.store.StoreUnavailableException;
import io.github.senryaku.settings.Settings;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import io.github.senryaku.batch.BatchArtifacts;
import org.jberet.creation.BatchCDIExtension;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;

/**
 * Starts CDI and Jakarta Batch once per process and hands out the {@link JobOperator}.
 *
 * <p>JBeret SE reads its configuration only from a classpath resource {@code jberet.properties}, at the
 * first {@link BatchRuntime#getJobOperator()}. To take the database from senryaku's settings instead, that
 * first call runs with a context class loader that serves the properties made from the settings. JBeret
 * keeps one job repository per process, so the first runtime's database is the one it uses.
 */
public final class BatchRuntimeBootstrap {

    private static final Object LOCK = new Object();
    private static WeldContainer weld;
    private static FutureTask<WeldContainer> weldStarting;
    private static JobOperator operator;

    private BatchRuntimeBootstrap() {
    }

    /**
     * Begins starting CDI on a thread of its own, for a command that will start the runtime after it has read its
     * settings and plans and opened the store: Weld's start (a third of a second on 2 cores, a quarter of one small
     * file's import) then overlaps that work instead of following it. {@link #start} takes the container when it is
     * ready, or starts it itself when nothing was begun.
     */
    public static void startCdiAhead() {
        synchronized (LOCK) {
            if (weld != null || weldStarting != null) {
                return;
            }
            weldStarting = new FutureTask<>(BatchRuntimeBootstrap::newWeld);
            Thread thread = new Thread(weldStarting, "cdi-start");
            thread.setDaemon(true);
            // Weld finds the batch artifacts through the context class loader: the caller's, not the system's.
            thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            thread.start();
        }
    }

    /** Starts the runtime if needed and puts this run's resources in place. */
    public static JobOperator start(JobResources.Context context) {
        synchronized (LOCK) {
            if (weld == null) {
                weld = weldStarting != null ? startedAhead() : newWeld();
                weldStarting = null;
            }
            weld.select(JobResources.class).get().use(context);
            if (operator == null) {
                operator = jobOperator(context.settings().database());
            }
            return operator;
        }
    }

    private static WeldContainer newWeld() {
        System.setProperty("org.jboss.weld.se.shutdownHook", "false");
        return new Weld(RegistrySingletonProvider.STATIC_INSTANCE)
                // Scanning only senryaku's batch packages keeps start-up short and works the same
                // from the fat jar and from a test class path.
                .disableDiscovery()
                .setBeanDiscoveryMode(BeanDiscoveryMode.ANNOTATED)
                .addPackages(true, BatchArtifacts.class)
                // Without discovery, JBeret's extension (its @BatchProperty producers, job and step
                // scopes) is not found on its own.
                .addExtension(new BatchCDIExtension())
                .initialize();
    }

    /** The container begun by {@link #startCdiAhead}, waited for; its failure as if it had failed here. */
    private static WeldContainer startedAhead() {
        try {
            return weldStarting.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while CDI was starting", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    /** Stops CDI; the batch threads are daemons and end with the process. */
    public static void shutdown() {
        synchronized (LOCK) {
            if (weld == null && weldStarting != null) {
                // Begun ahead for a command that ended before it started the runtime.
                try {
                    weld = startedAhead();
                } catch (RuntimeException | Error failedToStart) {
                    weld = null;
                }
            }
            weldStarting = null;
            if (weld != null && weld.isRunning()) {
                weld.shutdown();
            }
            weld = null;
        }
    }

    /** JBeret's configuration: its JDBC job repository in senryaku's own database. */
    static Properties repositoryProperties(Settings.Database database) {
        Properties properties = new Properties();
        properties.setProperty("job-repository-type", "jdbc");
        properties.setProperty("db-url", database.url());
        properties.setProperty("db-user", database.user());
        properties.setProperty("db-password", database.password());
        return properties;
    }

    private static JobOperator jobOperator(Settings.Database database) {
        Properties properties = repositoryProperties(database);
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(new ConfigServingClassLoader(original, properties));
        try {
            JobOperator jobOperator = BatchRuntime.getJobOperator();
            if (jobOperator == null) {
                throw new StoreUnavailableException("Jakarta Batch の実装（JBeret）が見つかりません", null);
            }
            // JBeret's operator is a delegate created lazily at its first use: use it now, while the class
            // loader serves our configuration, or it would fall back to an in-memory repository.
            jobOperator.getJobNames();
            return jobOperator;
        } catch (RuntimeException | ExceptionInInitializerError failed) {
            Throwable cause = failed.getCause() != null ? failed.getCause() : failed;
            throw new StoreUnavailableException("ジョブ管理のデータベースを開けません: " + cause.getMessage(), failed);
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    /** Serves {@code jberet.properties} from memory and everything else from its parent. */
    private static final class ConfigServingClassLoader extends ClassLoader {
        private final byte[] config;

        ConfigServingClassLoader(ClassLoader parent, Properties properties) {
            super(parent);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                properties.store(bytes, "made by senryaku from its settings");
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            this.config = bytes.toByteArray();
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return "jberet.properties".equals(name) ? new ByteArrayInputStream(config) : super.getResourceAsStream(name);
        }
    }
}
