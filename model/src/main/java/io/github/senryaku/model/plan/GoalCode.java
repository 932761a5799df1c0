package io.github.senryaku.model.plan;

/** {@code G1}: basic goal (基本目標) number 1. */
public record GoalCode(int goal) implements PlanCode {

    public GoalCode {
        PlanCode.positive(goal, "goal");
    }

    @Override
    public String text() {
        return "G" + goal;
    }

    @Override
    public String toString() {
        return text();
    }
}
