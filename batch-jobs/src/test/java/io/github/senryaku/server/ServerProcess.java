package io.github.senryaku.server;

import io.github.senryaku.testing.JarProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged command as the server's tests run it: a real process with its own environment. */
final class ServerProcess {

    /** Schedules no test run reaches (the nightly import of 1 January, missed, still runs once at start). */
    static final Map<String, String> QUIET = Map.of("SENRYAKU_IMPORT_SCHEDULE", "0 2 1 1 *",
            "SENRYAKU_REPORT_SCHEDULE", "0 3 1 1 *");

    private ServerProcess() {
    }

    /** {@code java -jar senryaku.jar ARGS} with the data folder, the repository's config, a UTF-8 locale and the settings given. */
    static ProcessBuilder senryaku(Path home, Map<String, String> settings, String... args) {
        return senryaku(List.of(), home, settings, args);
    }

    /** As {@link #senryaku(Path, Map, String...)}, with JVM options: the heap the systemd unit gives, say. */
    static ProcessBuilder senryaku(List<String> jvmOptions, Path home, Map<String, String> settings, String... args) {
        Map<String, String> environment = new java.util.HashMap<>(settings);
        environment.put("SENRYAKU_HOME", home.toString());
        return JarProcess.senryaku(jvmOptions, environment, args);
    }

    /** Adds an account, the password given twice on standard input as a script would. */
    static void addUser(Path home, String name, String role, String password) throws Exception {
        Process add = senryaku(home, Map.of(), "user", "add", name, "--role", role).start();
        add.getOutputStream().write((password + "\n" + password + "\n").getBytes(StandardCharsets.UTF_8));
        add.getOutputStream().close();
        String output = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!add.waitFor(60, TimeUnit.SECONDS) || add.exitValue() != 0) {
            throw new AssertionError("user add failed: " + output);
        }
    }

    /** The address a server printed once it listens (http or https). */
    static String address(Path log) throws Exception {
        Pattern listening = Pattern.compile("senryaku serve: (https?://[^/]+/)");
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < deadline;
                Thread.sleep(50)) {
            Matcher m = listening.matcher(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the server did not start:\n"
                + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : ""));
    }
}
