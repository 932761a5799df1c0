package io.github.senryaku.cli;

import io.github.senryaku.model.testing.ProjectFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** One in-process run of the senryaku command, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Runs with the repository's config folder, as the launcher sets it. */
    static CliRun of(String... args) {
        return withEnvironment(Map.of(), args);
    }

    static CliRun withEnvironment(Map<String, String> extra, String... args) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SENRYAKU_CONFIG", ProjectFiles.root().resolve("config").toString());
        environment.putAll(extra);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Senryaku.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
