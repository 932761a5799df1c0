package io.github.senryaku.cli;

import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.util.Optional;
import java.io.IOException;
import java.util.Map;

/**
 * Starts the runtime for a command that runs jobs. A command that only reads opens the store alone
 * ({@link ConfigOptions#plansAndStore}): Weld and JBeret would cost it seconds.
 */
final class RuntimeOptions {

    private RuntimeOptions() {
    }

    /** For a command that works on no year: the plan is {@code --plan}'s, or the first in force. */
    static SenryakuRuntime start(ConfigOptions config, Map<String, String> environment)
            throws InvalidFileException, IOException, PlansInForce.PlanChoiceException {
        return start(config, config.settings(environment));
    }

    static SenryakuRuntime start(ConfigOptions config, Settings settings)
            throws InvalidFileException, IOException, PlansInForce.PlanChoiceException {
        PlansInForce plans = config.plans(settings);
        return start(config, settings, plans, config.choosePlan(plans, Optional.empty()));
    }

    /** With the plans and the plan the command has already chosen. */
    static SenryakuRuntime start(ConfigOptions config, Settings settings, PlansInForce plans, StrategyPlan plan)
            throws InvalidFileException, IOException {
        return SenryakuRuntime.start(settings, plans, plan, config.loadRulebook(settings));
    }
}
