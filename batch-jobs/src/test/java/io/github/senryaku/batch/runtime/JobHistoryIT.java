package io.github.senryaku.batch.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.batch.store.TestStores;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job history against a real job repository, with the test job {@code history-probe}: newest means the
 * latest execution even when it restarts an old run, a listing says when its limit cut it short, the runs of
 * a job are walked past any number of instances, and the CDI container hands batch artifacts the history.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobHistoryIT {

    private static final String PROBE = "history-probe";

    @TempDir
    static Path home;
    private static SenryakuRuntime runtime;
    private static JobHistory history;

    @BeforeAll
    static void start() throws Exception {
        Settings settings = Settings.load(Optional.of(ProjectFiles.root().resolve("config")), Optional.of(home),
                TestStores.environment(home));
        PlansInForce plans = PlansInForce.load(settings);
        runtime = SenryakuRuntime.start(settings, plans, plans.first(), RulebookFileLoader.load(settings.rulebook()));
        history = new JobHistory(runtime.operator(), List.of(PROBE, JobNames.ALL.get(0)));
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    @Order(1)
    void nothingRun_listsNothing() {
        assertEquals(List.of(), history.newest(10).executions());
        assertFalse(history.newest(10).truncated());
        assertEquals(Optional.empty(), history.latest(PROBE));
        assertEquals(0, history.runs(PROBE).count());
    }

    @Test
    @Order(2)
    void aRestart_isTheNewestExecution_thoughItsRunIsOlder() throws Exception {
        JobExecution failed = run("a", true);
        JobExecution later = run("b", false);
        Properties fixed = new Properties();
        fixed.setProperty("fail", "false");

        JobExecution restart = JobRunner.restartAndWait(runtime.operator(), failed.getExecutionId(), fixed);

        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertEquals(BatchStatus.COMPLETED, restart.getBatchStatus());
        assertEquals(List.of(restart.getExecutionId(), later.getExecutionId(), failed.getExecutionId()),
                ids(history.newest(PROBE, 10).executions()));
        assertEquals(restart.getExecutionId(), history.latest(PROBE).orElseThrow().getExecutionId());
        assertEquals(List.of(failed.getExecutionId(), restart.getExecutionId()),
                ids(history.executionsOfInstance(restart.getExecutionId())));
        List<JobHistory.Run> runs = history.runs(PROBE).toList();
        assertEquals(List.of("b", "a"), runs.stream().map(run -> run.parameters().getProperty("file")).toList(),
                "the run started last comes first, each known by the parameters it was started with");
        assertEquals(List.of(failed.getExecutionId(), restart.getExecutionId()), ids(runs.get(1).executions()));
    }

    @Test
    @Order(3)
    void aBatchArtifact_getsTheHistoryFromTheContainer() {
        // What an artifact's @Inject JobHistory receives: the container's bean, on the operator JBeret provides.
        JobHistory injected = WeldContainer.instance(RegistrySingletonProvider.STATIC_INSTANCE).select(JobHistory.class).get();

        assertEquals(history.latest(PROBE).map(JobExecution::getExecutionId),
                injected.latest(PROBE).map(JobExecution::getExecutionId));
        assertTrue(injected.latest(PROBE).isPresent());
        assertEquals(List.of(), injected.newest(10).executions(), "it lists senryaku's own jobs, none of which ran");
    }

    @Test
    @Order(4)
    void aListing_isBoundedByTheCallersLimit_andSaysWhenItCutShort() throws Exception {
        JobExecution newest = run("c", false);

        JobHistory.Listing two = history.newest(2);
        JobHistory.Listing all = history.newest(4);

        assertEquals(newest.getExecutionId(), two.executions().get(0).getExecutionId());
        assertEquals(2, two.executions().size());
        assertTrue(two.truncated(), "two older executions are left out");
        assertEquals(4, all.executions().size());
        assertFalse(all.truncated());
    }

    @Test
    @Order(5)
    void theRunsOfAJob_areWalkedPastAnyNumberOfInstances() throws Exception {
        // The repository's queries are JBeret's on both stores; on PostgreSQL each run costs ~0.4 s here (a
        // connection per repository operation), so the hundred runs are made on H2 only.
        Assumptions.assumeFalse(TestStores.postgres(), "H2 only");
        for (int i = 0; i < 101; i++) {
            run("many-" + i, false);
        }

        List<JobHistory.Run> oldest = history.runs(PROBE, parameters -> "many-0".equals(parameters.getProperty("file")))
                .toList();
        long instances = history.runs(PROBE).count();

        assertEquals(1, oldest.size(), "found behind a hundred newer runs");
        assertEquals(BatchStatus.COMPLETED, oldest.get(0).last().getBatchStatus());
        assertEquals(104, instances, "a, b, c and the 101");
        assertTrue(history.running().isEmpty(), "every run ended");
    }

    private static JobExecution run(String file, boolean fail) throws InterruptedException {
        Properties parameters = new Properties();
        parameters.setProperty("file", file);
        parameters.setProperty("fail", String.valueOf(fail));
        return JobRunner.startAndWait(runtime.operator(), PROBE, parameters);
    }

    private static List<Long> ids(List<JobExecution> executions) {
        return executions.stream().map(JobExecution::getExecutionId).toList();
    }
}
