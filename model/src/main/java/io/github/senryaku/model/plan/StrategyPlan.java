package io.github.senryaku.model.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A municipality's comprehensive strategy (総合戦略). Goals are held in number order, whatever order the
 * plan's text prints them in.
 *
 * @param code      a short identifier of the plan file ({@code kanazawa-2nd})
 * @param basisLaw  the law the plan is made under (まち・ひと・しごと創生法)
 * @param summary   the plan's own summary paragraph; may be empty
 */
public record StrategyPlan(
        String code,
        String title,
        String municipality,
        PlanPeriod period,
        String basisLaw,
        String summary,
        List<BasicGoal> goals,
        List<GlossaryTerm> glossary) {

    public StrategyPlan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(period, "period");
        basisLaw = basisLaw == null ? "" : basisLaw;
        summary = summary == null ? "" : summary;
        goals = goals.stream().sorted(Comparator.comparingInt(BasicGoal::number)).toList();
        glossary = List.copyOf(glossary);
    }

    public Stream<NumericalTarget> targets() {
        return goals.stream().flatMap(goal -> goal.targets().stream());
    }

    public Stream<Policy> policies() {
        return goals.stream().flatMap(goal -> goal.policies().stream());
    }

    public Stream<Measure> measures() {
        return policies().flatMap(policy -> policy.measures().stream());
    }

    public Optional<NumericalTarget> target(TargetCode code) {
        return targets().filter(target -> target.code().equals(code)).findFirst();
    }

    public Optional<Measure> measure(MeasureCode code) {
        return measures().filter(measure -> measure.code().equals(code)).findFirst();
    }
}
