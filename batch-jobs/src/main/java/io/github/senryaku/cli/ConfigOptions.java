package io.github.senryaku.cli;

import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.settings.Settings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that reads the configuration shares. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "DIR",
            description = "Config folder holding senryaku.yaml (default: $SENRYAKU_CONFIG, else ./config).")
    Path configDir;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Data folder: database, inbox/, archive/, rejected/, reports/ (default: $SENRYAKU_HOME, else ./data).")
    Path home;

    @Option(names = "--plan", paramLabel = "FILE", description = "Plan file (計画ファイル); overrides the settings.")
    Path plan;

    @Option(names = "--rulebook", paramLabel = "FILE", description = "Grading rulebook (評価基準); overrides the settings.")
    Path rulebook;

    Settings settings(Map<String, String> environment) throws InvalidFileException {
        Settings settings = Settings.load(Optional.ofNullable(configDir), Optional.ofNullable(home), environment);
        if (plan != null) {
            settings = settings.withPlan(plan);
        }
        if (rulebook != null) {
            settings = settings.withRulebook(rulebook);
        }
        return settings;
    }

    StrategyPlan loadPlan(Settings settings) throws InvalidFileException {
        return PlanFileLoader.load(settings.plan());
    }

    GradingRulebook loadRulebook(Settings settings) throws InvalidFileException {
        return RulebookFileLoader.load(settings.rulebook());
    }
}
