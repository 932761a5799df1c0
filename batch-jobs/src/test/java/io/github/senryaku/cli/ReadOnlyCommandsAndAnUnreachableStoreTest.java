package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-only commands open their store on a thread of their own while they read the plans: what they say when
 * the database cannot be reached, and which problem comes first, is as when they opened it after the plans.
 */
class ReadOnlyCommandsAndAnUnreachableStoreTest {

    /** Nothing listens on the discard port: the connection is refused at once. */
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:9/senryaku";

    @TempDir
    Path home;

    private CliRun run(Map<String, String> extra, String... args) {
        Map<String, String> environment = new HashMap<>(Map.of("SENRYAKU_HOME", home.toString(),
                "SENRYAKU_JDBC_URL", UNREACHABLE, "SENRYAKU_JDBC_USER", "senryaku", "SENRYAKU_JDBC_PASSWORD", "x"));
        environment.putAll(extra);
        return CliRun.withEnvironment(environment, args);
    }

    @Test
    void status_namesTheDatabaseItCannotReach_inOneLine() {
        CliRun run = run(Map.of(), "status", "--year", "R5");

        assertEquals(ExitCodes.USAGE_OR_SYSTEM, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("senryaku: データベースに接続できません（" + UNREACHABLE + "）"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void actualsAndPlanShow_sayTheSame() {
        for (String[] command : new String[][] {{"actuals", "--year", "R5"}, {"plan", "show", "--year", "R5"}}) {
            CliRun run = run(Map.of(), command);

            assertEquals(ExitCodes.USAGE_OR_SYSTEM, run.exitCode(), String.join(" ", command) + ": " + run.err());
            assertTrue(run.err().contains("データベースに接続できません"), run.err());
        }
    }

    @Test
    void aBrokenPlanFile_isSaidFirst_notTheDatabase() throws Exception {
        Path plan = home.resolve("broken.yaml");
        Files.writeString(plan, "code: broken\ntitle: [unclosed\n");

        CliRun run = run(Map.of("SENRYAKU_PLAN", plan.toString()), "status", "--year", "R5");

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.yaml"), run.err());
        assertFalse(run.err().contains("データベース"), run.err());
    }

    @Test
    void aYearThePlanRefuses_isSaidFirst_notTheDatabase() {
        CliRun run = run(Map.of("SENRYAKU_PLAN", ProjectFiles.config("plans/kanazawa-2nd.yaml").toString()),
                "status", "--year", "R20");

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertFalse(run.err().contains("データベース"), run.err());
    }

    @Test
    void planShowAsJson_withoutAYear_doesNotOpenTheStore() {
        CliRun run = run(Map.of("SENRYAKU_PLAN", ProjectFiles.config("plans/kanazawa-2nd.yaml").toString()),
                "plan", "show", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"code\""), run.out());
    }
}
