package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SenryakuCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plan", "plan show", "plan validate", "demo"})
    void help_onEveryCommand(String command) {
        String[] args = (command + " --help").strip().split(" ");

        CliRun run = CliRun.of(args);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: senryaku"), run.out());
    }

    @Test
    void version_isTheBuildsVersion() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("senryaku \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plan", "nosuch", "plan show --nosuch", "plan validate"})
    void usageErrors_exitTwo(String command) {
        CliRun run = CliRun.of(command.isEmpty() ? new String[0] : command.split(" "));

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("Usage:") || run.err().contains("required"), run.err());
    }
}
