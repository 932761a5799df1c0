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
 * @param code           a short identifier of the plan file ({@code kanazawa-2nd})
 * @param basisLaw       the law the plan is made under (まち・ひと・しごと創生法)
 * @param summary        the plan's own summary paragraph; may be empty
 * @param overallTargets the plan-wide targets (全体目標, {@code T0-<n>}), printed first
 */
public record StrategyPlan(
        String code,
        String title,
        String municipality,
        PlanPeriod period,
        String basisLaw,
        String summary,
        List<NumericalTarget> overallTargets,
        List<BasicGoal> goals,
        List<GlossaryTerm> glossary) {

    public StrategyPlan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(period, "period");
        basisLaw = basisLaw == null ? "" : basisLaw;
        summary = summary == null ? "" : summary;
        overallTargets = List.copyOf(overallTargets);
        goals = goals.stream().sorted(Comparator.comparingInt(BasicGoal::number)).toList();
        glossary = List.copyOf(glossary);
        List<TargetCode> kpis = goals.stream().flatMap(BasicGoal::kpis).map(NumericalTarget::code).toList();
        goals.stream().flatMap(goal -> goal.policies().stream()).flatMap(policy -> policy.reprints().stream())
                .filter(reprint -> !kpis.contains(reprint)).findFirst().ifPresent(missing -> {
                    throw new IllegalArgumentException(code + ": reprinted KPI " + missing + " is not in the plan");
                });
    }

    /** A plan without plan-wide targets. */
    public StrategyPlan(String code, String title, String municipality, PlanPeriod period, String basisLaw,
            String summary, List<BasicGoal> goals, List<GlossaryTerm> glossary) {
        this(code, title, municipality, period, basisLaw, summary, List.of(), goals, glossary);
    }

    /**
     * Every indicator that takes actuals, each once, in print order: plan-wide targets, then per goal its
     * numerical targets and its policies' own KPIs.
     */
    public Stream<NumericalTarget> targets() {
        return Stream.concat(overallTargets.stream(), goals.stream().flatMap(BasicGoal::indicators));
    }

    /** The basic goals' numerical targets (数値目標) only. */
    public Stream<NumericalTarget> numericalTargets() {
        return goals.stream().flatMap(goal -> goal.targets().stream());
    }

    /** The policies' own KPIs, without reprints. */
    public Stream<NumericalTarget> kpis() {
        return policies().flatMap(policy -> policy.targets().stream());
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

    /** A policy's KPIs as printed under it: its own, then the reprinted ones (再掲). */
    public List<NumericalTarget> kpisPrintedUnder(Policy policy) {
        return Stream.concat(policy.targets().stream(),
                policy.reprints().stream().map(code -> target(code).orElseThrow())).toList();
    }
}
