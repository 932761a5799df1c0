package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.TargetCode;
import java.util.Map;

/** Every target's actuals; a target nobody reported on has an empty series. */
public record PlanActuals(Map<TargetCode, ActualSeries> byTarget) {

    public static final PlanActuals NONE = new PlanActuals(Map.of());

    public PlanActuals {
        byTarget = Map.copyOf(byTarget);
    }

    public ActualSeries of(TargetCode code) {
        return byTarget.getOrDefault(code, ActualSeries.NONE);
    }
}
