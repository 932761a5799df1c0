package io.github.senryaku.model.planfile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a flat settings file ({@code config/senryaku.yaml}: {@code key: value} lines) with the same
 * located messages as the plan file: an unknown key is reported with its line and the keys that exist.
 */
public final class SettingsFileLoader {

    private SettingsFileLoader() {
    }

    /** The values of the keys present, as text; keys written as {@code null} are left out. */
    public static Map<String, String> load(Path path, String label, Set<String> allowedKeys) throws InvalidFileException {
        Problems problems = new Problems(label);
        Map<String, String> values = new LinkedHashMap<>();
        YamlDocument.read(path, problems, false).ifPresent(root -> {
            root.allowOnly(allowedKeys);
            for (String key : allowedKeys) {
                root.text(key, false).ifPresent(value -> values.put(key, value));
            }
        });
        problems.throwIfAny();
        return values;
    }
}
