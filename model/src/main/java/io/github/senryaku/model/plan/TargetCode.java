package io.github.senryaku.model.plan;

import java.util.Optional;

/**
 * The code of an indicator that takes actuals, in the plan's order:
 * <ul>
 *   <li>{@code T3-2}: the second numerical target (数値目標) of basic goal 3;</li>
 *   <li>{@code T0-1}: the first plan-wide target (全体目標), which belongs to no goal;</li>
 *   <li>{@code K1-2-1}: the first KPI (重要業績評価指標) of main policy P1-2.</li>
 * </ul>
 *
 * @param goal   the basic goal, 0 for a plan-wide target
 * @param policy the policy's number for a KPI, 0 otherwise
 */
public record TargetCode(int goal, int policy, int number) implements PlanCode {

    public TargetCode {
        if (goal < 0 || policy < 0 || goal == 0 && policy > 0) {
            throw new IllegalArgumentException("not a target code: goal " + goal + ", policy " + policy);
        }
        PlanCode.positive(number, "target number");
    }

    /** A numerical target of a goal ({@code T<goal>-<number>}), or a plan-wide one when goal is 0. */
    public TargetCode(int goal, int number) {
        this(goal, 0, number);
    }

    public static TargetCode kpi(PolicyCode policy, int number) {
        return new TargetCode(policy.goal(), policy.number(), number);
    }

    public IndicatorKind kind() {
        return goal == 0 ? IndicatorKind.OVERALL : policy == 0 ? IndicatorKind.NUMERICAL : IndicatorKind.KPI;
    }

    /** The policy a KPI belongs to; none for numerical and plan-wide targets. */
    public Optional<PolicyCode> policyCode() {
        return policy == 0 ? Optional.empty() : Optional.of(new PolicyCode(goal, policy));
    }

    /** The goal a numerical target or KPI serves; none for a plan-wide target. */
    public Optional<GoalCode> goalCode() {
        return goal == 0 ? Optional.empty() : Optional.of(new GoalCode(goal));
    }

    @Override
    public String text() {
        return policy == 0 ? "T" + goal + "-" + number : "K" + goal + "-" + policy + "-" + number;
    }

    @Override
    public String toString() {
        return text();
    }
}
