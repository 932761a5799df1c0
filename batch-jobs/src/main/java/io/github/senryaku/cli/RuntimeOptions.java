package io.github.senryaku.cli;

import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.settings.Settings;
import java.io.IOException;
import java.util.Map;

/** Starts the runtime for a command that runs jobs or reads the store. */
final class RuntimeOptions {

    private RuntimeOptions() {
    }

    static SenryakuRuntime start(ConfigOptions config, Map<String, String> environment)
            throws InvalidFileException, IOException {
        return start(config, config.settings(environment));
    }

    static SenryakuRuntime start(ConfigOptions config, Settings settings) throws InvalidFileException, IOException {
        return start(config, settings, config.loadPlan(settings));
    }

    /** With the plan the command has already read. */
    static SenryakuRuntime start(ConfigOptions config, Settings settings, StrategyPlan plan)
            throws InvalidFileException, IOException {
        return SenryakuRuntime.start(settings, plan, config.loadRulebook(settings));
    }
}
