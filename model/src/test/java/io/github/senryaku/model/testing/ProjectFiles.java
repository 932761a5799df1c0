package io.github.senryaku.model.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository (config/, seeds/) from a module's tests, wherever Maven runs them. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("senryaku.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "config"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("config")) && Files.isDirectory(dir.resolve("seeds"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (config/ and seeds/)");
    }

    public static Path config(String relative) {
        return root().resolve("config").resolve(relative);
    }

    public static Path kanazawaPlan() {
        return config("plans/kanazawa-2nd.yaml");
    }

    public static Path defaultRulebook() {
        return config("rulebooks/default.yaml");
    }

    public static Path ibarakiRulebook() {
        return config("rulebooks/ibaraki.yaml");
    }
}
