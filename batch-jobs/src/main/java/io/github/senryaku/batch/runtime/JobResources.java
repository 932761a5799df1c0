package io.github.senryaku.batch.runtime;

import io.github.senryaku.batch.store.Store;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Objects;

/**
 * What every batch artifact needs and no job parameter can carry: the settings, the plan model, the
 * rulebook and the store. The runtime puts them in place before it starts a job.
 */
@ApplicationScoped
public class JobResources {

    /**
     * The resources of one runtime.
     *
     * @param plans every plan of the plans folder and those in force: an import finds the plan of each file there
     * @param plan  the plan the command works on (a report's, a status's); an import's files name their own
     * @param notices what running jobs tell the code that started them
     */
    public record Context(Settings settings, PlansInForce plans, StrategyPlan plan, GradingRulebook rulebook, Store store,
            Clock clock, JobNotices notices) {
        public Context {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(plans, "plans");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(rulebook, "rulebook");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(notices, "notices");
        }
    }

    private volatile Context context;

    void use(Context context) {
        this.context = context;
    }

    public Context get() {
        Context current = context;
        if (current == null) {
            throw new IllegalStateException("the batch runtime has not been started");
        }
        return current;
    }
}
