package io.github.senryaku.settings;

import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.planfile.SettingsFileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where senryaku finds its configuration.
 *
 * <p>Precedence, highest first: a command-line option, an environment variable, the settings file
 * ({@code <config>/senryaku.yaml}), the built-in default. Relative paths in the settings file are
 * relative to the config folder; relative paths on the command line are relative to the working folder.
 *
 * @param configDir the config folder: {@code --config}, {@code SENRYAKU_CONFIG}, or {@code ./config}
 * @param plan      the plan file (計画ファイル): settings key {@code plan}, variable {@code SENRYAKU_PLAN}
 * @param rulebook  the grading rulebook (評価基準): key {@code rulebook}, variable {@code SENRYAKU_RULEBOOK}
 */
public record Settings(Path configDir, Path plan, Path rulebook) {

    public static final String FILE_NAME = "senryaku.yaml";
    static final Set<String> KEYS = Set.of("plan", "rulebook");

    public Settings {
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rulebook, "rulebook");
    }

    /**
     * @param configOption the {@code --config} option, if given
     * @param environment  the process environment (passed in so tests can set it)
     */
    public static Settings load(Optional<Path> configOption, Map<String, String> environment) throws InvalidFileException {
        Path configDir = configOption
                .or(() -> Optional.ofNullable(environment.get("SENRYAKU_CONFIG")).map(Path::of))
                .orElse(Path.of("config"));
        Path file = configDir.resolve(FILE_NAME);
        Map<String, String> values = Files.exists(file)
                ? SettingsFileLoader.load(file, file.toString(), KEYS)
                : Map.of();
        Path plan = fromEnvironmentOrFile(environment, "SENRYAKU_PLAN", values, "plan", configDir, "plans/kanazawa-2nd.yaml");
        Path rulebook = fromEnvironmentOrFile(environment, "SENRYAKU_RULEBOOK", values, "rulebook", configDir,
                "rulebooks/default.yaml");
        return new Settings(configDir, plan, rulebook);
    }

    private static Path fromEnvironmentOrFile(Map<String, String> environment, String variable, Map<String, String> values,
            String key, Path configDir, String fallback) {
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return configDir.resolve(values.getOrDefault(key, fallback));
    }

    public Settings withPlan(Path plan) {
        return new Settings(configDir, plan, rulebook);
    }

    public Settings withRulebook(Path rulebook) {
        return new Settings(configDir, plan, rulebook);
    }
}
