package io.github.senryaku.model.planfile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
        return read(path, label, allowedKeys, Set.of()).texts();
    }

    /**
     * The values of a settings file, some keys of which hold lists ({@code plans: [a, b]} or a {@code - item}
     * per line); a list key written with one value is a list of one.
     */
    public record Values(Map<String, String> texts, Map<String, List<String>> lists) {
        public Values {
            texts = Map.copyOf(texts);
            lists = Map.copyOf(lists);
        }
    }

    public static Values read(Path path, String label, Set<String> textKeys, Set<String> listKeys)
            throws InvalidFileException {
        Problems problems = new Problems(label);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        YamlDocument.read(path, problems, false).ifPresent(root -> {
            Set<String> allowed = new java.util.HashSet<>(textKeys);
            allowed.addAll(listKeys);
            root.allowOnly(allowed);
            for (String key : textKeys) {
                root.text(key, false).ifPresent(value -> texts.put(key, value));
            }
            for (String key : listKeys) {
                if (root.isScalar(key)) {
                    root.text(key, false).ifPresent(value -> lists.put(key, List.of(value)));
                } else if (root.has(key)) {
                    lists.put(key, root.texts(key, false));
                }
            }
        });
        problems.throwIfAny();
        return new Values(texts, lists);
    }
}
