package io.github.senryaku.testing;

import io.github.senryaku.model.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged command as end-to-end tests run it: {@code java -jar senryaku.jar ARGS}, a real process. */
public final class JarProcess {

    private JarProcess() {
    }

    /**
     * A process with the repository's config, a UTF-8 locale and the environment given (SENRYAKU_HOME and the
     * store's settings, as {@code TestStores.environment} makes them); its error output joins its output.
     */
    public static ProcessBuilder senryaku(Map<String, String> environment, String... args) {
        return senryaku(List.of(), environment, args);
    }

    /** As {@link #senryaku(Map, String...)}, with JVM options such as {@code -Xmx64m}. */
    public static ProcessBuilder senryaku(List<String> jvmOptions, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", ProjectFiles.root().resolve("batch-jobs/target/senryaku.jar").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SENRYAKU_CONFIG", ProjectFiles.root().resolve("config").toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().putAll(environment);
        return builder;
    }
}
