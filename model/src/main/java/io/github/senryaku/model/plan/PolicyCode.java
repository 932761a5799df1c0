package io.github.senryaku.model.plan;

/** {@code P2-3}: main policy (主要施策) (3) of basic goal 2. */
public record PolicyCode(int goal, int number) implements PlanCode {

    public PolicyCode {
        PlanCode.positive(goal, "goal");
        PlanCode.positive(number, "policy number");
    }

    @Override
    public String text() {
        return "P" + goal + "-" + number;
    }

    @Override
    public String toString() {
        return text();
    }
}
