package io.github.senryaku.model.plan;

/** {@code M2-3-1}: the first measure (具体的な取組) of policy P2-3. */
public record MeasureCode(int goal, int policy, int number) implements PlanCode {

    public MeasureCode {
        PlanCode.positive(goal, "goal");
        PlanCode.positive(policy, "policy number");
        PlanCode.positive(number, "measure number");
    }

    public PolicyCode policyCode() {
        return new PolicyCode(goal, policy);
    }

    @Override
    public String text() {
        return "M" + goal + "-" + policy + "-" + number;
    }

    @Override
    public String toString() {
        return text();
    }
}
