package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every target's actuals; a target nobody reported on has an empty series.
 *
 * @param inheritedBaselines for targets whose baseline is another plan's actual
 *                           ({@code baseline: {from: kanazawa-2nd/T3-1, year: R6}}), what that plan has for
 *                           it, keyed by this plan's target code; absent until it exists, and the target is
 *                           graded N until then
 * @param earlierPlan        for targets that continue one of the plan this plan succeeds ({@code continues: T3-1}),
 *                           that target's actuals in the earlier plan, keyed by this plan's code: shown, never graded
 */
public record PlanActuals(Map<TargetCode, ActualSeries> byTarget, Map<TargetCode, Reported> inheritedBaselines,
        Map<TargetCode, ActualSeries> earlierPlan) {

    public static final PlanActuals NONE = new PlanActuals(Map.of());

    public PlanActuals {
        byTarget = Map.copyOf(byTarget);
        inheritedBaselines = Map.copyOf(inheritedBaselines);
        earlierPlan = Map.copyOf(earlierPlan);
    }

    public PlanActuals(Map<TargetCode, ActualSeries> byTarget, Map<TargetCode, Reported> inheritedBaselines) {
        this(byTarget, inheritedBaselines, Map.of());
    }

    /** The actuals of a plan none of whose baselines come from another plan, or not known yet. */
    public PlanActuals(Map<TargetCode, ActualSeries> byTarget) {
        this(byTarget, Map.of());
    }

    public ActualSeries of(TargetCode code) {
        return byTarget.getOrDefault(code, ActualSeries.NONE);
    }

    /** The earlier plan's actual a target's baseline is taken from, when it has come in. */
    public Optional<Reported> inheritedBaseline(TargetCode code) {
        return Optional.ofNullable(inheritedBaselines.get(code));
    }

    /**
     * What was known when a year was evaluated: every series cut after the year, so a later year's figure never
     * changes an earlier year's grade. Inherited baselines are kept: they are the earlier plan's, not this one's.
     */
    public PlanActuals upTo(FiscalYear year) {
        Map<TargetCode, ActualSeries> known = new HashMap<>();
        byTarget.forEach((code, series) -> known.put(code, ActualSeries.of(series.upTo(year))));
        return new PlanActuals(known, inheritedBaselines, earlierPlan);
    }

    /** The same actuals with the figures inherited baselines take from other plans. */
    public PlanActuals withInheritedBaselines(Map<TargetCode, Reported> inherited) {
        return new PlanActuals(byTarget, inherited, earlierPlan);
    }

    /** The same actuals with the earlier plan's series of the targets that continue one of its. */
    public PlanActuals withEarlierPlan(Map<TargetCode, ActualSeries> earlier) {
        return new PlanActuals(byTarget, inheritedBaselines, earlier);
    }

    /** A continued target's actuals in the plan this one succeeds; empty for any other target. */
    public ActualSeries earlierPlanOf(TargetCode code) {
        return earlierPlan.getOrDefault(code, ActualSeries.NONE);
    }
}
