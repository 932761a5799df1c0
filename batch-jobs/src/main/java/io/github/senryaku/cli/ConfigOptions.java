package io.github.senryaku.cli;

import io.github.senryaku.batch.store.Store;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.PlanActuals;
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

    /**
     * The store, if this data folder has one. A read-only command does not create a database: before the
     * first import there is none, and so no actuals.
     */
    java.util.Optional<Store> existingStore(Settings settings) {
        if (settings.database().isEmbedded()
                && !java.nio.file.Files.exists(settings.home().resolve("db").resolve("senryaku.mv.db"))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Store.open(settings.database()));
    }

    /** The actuals stored now, for evaluation; none before the first import. */
    PlanActuals storedActuals(Settings settings) throws java.sql.SQLException {
        java.util.Optional<Store> store = existingStore(settings);
        return store.isEmpty() ? PlanActuals.NONE : store.get().inTransaction(StoredActuals::planActuals);
    }
}
