package io.github.senryaku.model.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A basic goal (基本目標): its numerical targets and the main policies that serve it. */
public record BasicGoal(GoalCode code, String title, List<NumericalTarget> targets, List<Policy> policies) {

    public BasicGoal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        targets = List.copyOf(targets);
        policies = List.copyOf(policies);
    }

    public int number() {
        return code.goal();
    }

    /** The goal's numerical targets, then its policies' own KPIs. */
    public Stream<NumericalTarget> indicators() {
        return Stream.concat(targets.stream(), kpis());
    }

    /** The goal's policies' own KPIs, each once. */
    public Stream<NumericalTarget> kpis() {
        return policies.stream().flatMap(policy -> policy.targets().stream());
    }

    /** 【基本目標1】. */
    public String heading() {
        return "基本目標" + number();
    }
}
