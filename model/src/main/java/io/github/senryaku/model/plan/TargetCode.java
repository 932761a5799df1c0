package io.github.senryaku.model.plan;

/** {@code T3-2}: the second numerical target (数値目標) of basic goal 3, in the plan's order. */
public record TargetCode(int goal, int number) implements PlanCode {

    public TargetCode {
        PlanCode.positive(goal, "goal");
        PlanCode.positive(number, "target number");
    }

    @Override
    public String text() {
        return "T" + goal + "-" + number;
    }

    @Override
    public String toString() {
        return text();
    }
}
