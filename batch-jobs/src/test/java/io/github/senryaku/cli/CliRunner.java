package io.github.senryaku.cli;

import io.github.senryaku.model.testing.ProjectFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the senryaku command in this JVM, for tests outside the cli package. */
public final class CliRunner {

    /** What one run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(Map<String, String> extraEnvironment, String... args) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SENRYAKU_CONFIG", ProjectFiles.root().resolve("config").toString());
        environment.putAll(extraEnvironment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Senryaku.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
