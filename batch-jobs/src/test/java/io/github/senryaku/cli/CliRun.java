package io.github.senryaku.cli;

import java.util.Map;

/** One in-process run of the senryaku command, with what it printed (the cli package's short form of {@link CliRunner}). */
record CliRun(int exitCode, String out, String err) {

    /** Runs with the repository's config folder, as the launcher sets it. */
    static CliRun of(String... args) {
        return withEnvironment(Map.of(), args);
    }

    static CliRun withEnvironment(Map<String, String> extra, String... args) {
        CliRunner.Result result = CliRunner.run(extra, args);
        return new CliRun(result.exitCode(), result.out(), result.err());
    }
}
