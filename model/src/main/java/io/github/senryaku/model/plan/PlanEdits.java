package io.github.senryaku.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The edits a revision's changes make to a plan, each returning a new plan. Where a target or measure goes
 * is read from its code alone ({@code T0-n} plan-wide, {@code T<g>-n} under goal g, {@code K<g>-<p>-n} and
 * {@code M<g>-<p>-n} under policy P<g>-<p>), so an edit never has to be told. An edit that names what the
 * plan lacks is a programming error here: the plan file's loader reports it to the user first.
 */
final class PlanEdits {

    private PlanEdits() {
    }

    static StrategyPlan replaceTarget(StrategyPlan plan, TargetCode code, UnaryOperator<NumericalTarget> change) {
        require(plan.target(code).isPresent(), plan, "no target " + code);
        UnaryOperator<List<NumericalTarget>> replace = targets -> targets.stream()
                .map(target -> target.code().equals(code) ? change.apply(target) : target).toList();
        return edit(plan, code, replace);
    }

    static StrategyPlan addTarget(StrategyPlan plan, NumericalTarget target) {
        require(plan.target(target.code()).isEmpty(), plan, "target " + target.code() + " exists");
        return edit(plan, target.code(), targets -> append(targets, target));
    }

    /** Removes a target; a retired KPI's reprints (再掲) under other policies go first, so no step leaves one dangling. */
    static StrategyPlan removeTarget(StrategyPlan plan, TargetCode code) {
        require(plan.target(code).isPresent(), plan, "no target " + code);
        StrategyPlan unprinted = plan.withContent(plan.overallTargets(), plan.goals().stream().map(goal -> goal(goal,
                goal.targets(), goal.policies().stream().map(policy -> new Policy(policy.code(), policy.title(),
                        policy.targets(), policy.reprints().stream().filter(r -> !r.equals(code)).toList(),
                        policy.measures())).toList())).toList());
        return edit(unprinted, code, targets -> targets.stream().filter(t -> !t.code().equals(code)).toList());
    }

    static StrategyPlan replaceMeasure(StrategyPlan plan, MeasureCode code, UnaryOperator<Measure> change) {
        require(plan.measure(code).isPresent(), plan, "no measure " + code);
        return editMeasures(plan, code.policyCode(), measures -> measures.stream()
                .map(measure -> measure.code().equals(code) ? change.apply(measure) : measure).toList());
    }

    static StrategyPlan addMeasure(StrategyPlan plan, Measure measure) {
        require(plan.measure(measure.code()).isEmpty(), plan, "measure " + measure.code() + " exists");
        return editMeasures(plan, measure.code().policyCode(), measures -> append(measures, measure));
    }

    static StrategyPlan removeMeasure(StrategyPlan plan, MeasureCode code) {
        require(plan.measure(code).isPresent(), plan, "no measure " + code);
        return editMeasures(plan, code.policyCode(),
                measures -> measures.stream().filter(m -> !m.code().equals(code)).toList());
    }

    /** Edits the list of targets the code belongs in: the plan's, a goal's or a policy's. */
    private static StrategyPlan edit(StrategyPlan plan, TargetCode code, UnaryOperator<List<NumericalTarget>> edit) {
        if (code.kind() == IndicatorKind.OVERALL) {
            return plan.withContent(edit.apply(plan.overallTargets()), plan.goals());
        }
        GoalCode goalCode = code.goalCode().orElseThrow();
        require(plan.goal(goalCode).isPresent(), plan, "no goal " + goalCode);
        code.policyCode().ifPresent(policy -> require(plan.policy(policy).isPresent(), plan, "no policy " + policy));
        return plan.withContent(plan.overallTargets(), plan.goals().stream().map(goal -> {
            if (!goal.code().equals(goalCode)) {
                return goal;
            }
            if (code.policyCode().isEmpty()) {
                return goal(goal, edit.apply(goal.targets()), goal.policies());
            }
            return goal(goal, goal.targets(), goal.policies().stream().map(policy -> policy.code().equals(code.policyCode().get())
                    ? new Policy(policy.code(), policy.title(), edit.apply(policy.targets()), policy.reprints(), policy.measures())
                    : policy).toList());
        }).toList());
    }

    private static StrategyPlan editMeasures(StrategyPlan plan, PolicyCode policyCode, UnaryOperator<List<Measure>> edit) {
        require(plan.policy(policyCode).isPresent(), plan, "no policy " + policyCode);
        return plan.withContent(plan.overallTargets(), plan.goals().stream().map(goal -> goal(goal, goal.targets(),
                goal.policies().stream().map(policy -> policy.code().equals(policyCode)
                        ? new Policy(policy.code(), policy.title(), policy.targets(), policy.reprints(), edit.apply(policy.measures()))
                        : policy).toList())).toList());
    }

    private static BasicGoal goal(BasicGoal goal, List<NumericalTarget> targets, List<Policy> policies) {
        return new BasicGoal(goal.code(), goal.title(), targets, policies);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    private static void require(boolean condition, StrategyPlan plan, String what) {
        if (!condition) {
            throw new IllegalArgumentException(plan.code() + ": " + what);
        }
    }
}
