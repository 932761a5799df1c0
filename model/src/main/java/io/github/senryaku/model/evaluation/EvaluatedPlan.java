package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plan evaluated for one year under one rulebook: every target's evaluation, in plan order. Tallies keep
 * the kinds apart: a goal's 数値目標, its policies' KPIs, and the plan-wide targets are counted separately.
 */
public record EvaluatedPlan(
        StrategyPlan plan,
        GradingRulebook rulebook,
        FiscalYear year,
        Map<TargetCode, TargetEvaluation> evaluations) {

    public EvaluatedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(year, "year");
        evaluations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evaluations));
    }

    /** Evaluates every target of the plan for the year. */
    public static EvaluatedPlan of(StrategyPlan plan, GradingRulebook rulebook, PlanActuals actuals, FiscalYear year) {
        TargetEvaluator evaluator = new TargetEvaluator(rulebook);
        Map<TargetCode, TargetEvaluation> evaluations = new LinkedHashMap<>();
        plan.targets().forEach(target ->
                evaluations.put(target.code(), evaluator.evaluate(target, actuals.of(target.code()),
                        actuals.inheritedBaseline(target.code()), year)));
        return new EvaluatedPlan(plan, rulebook, year, evaluations);
    }

    public TargetEvaluation evaluation(TargetCode code) {
        TargetEvaluation evaluation = evaluations.get(code);
        if (evaluation == null) {
            throw new IllegalArgumentException("no such target in " + plan.code() + ": " + code);
        }
        return evaluation;
    }

    /** A goal's numerical targets (数値目標), evaluated. */
    public List<TargetEvaluation> evaluations(BasicGoal goal) {
        return of(goal.targets());
    }

    /** A policy's KPIs as printed under it, its reprints (再掲) included. */
    public List<TargetEvaluation> evaluations(Policy policy) {
        return of(plan.kpisPrintedUnder(policy));
    }

    public List<TargetEvaluation> overallEvaluations() {
        return of(plan.overallTargets());
    }

    /** The grades of a goal's numerical targets (数値目標). */
    public GradeTally tally(BasicGoal goal) {
        return GradeTally.of(goal.code().text(), rulebook.grades(), evaluations(goal));
    }

    /** The grades of a goal's KPIs, each counted once (reprints are not counted again). */
    public GradeTally kpiTally(BasicGoal goal) {
        return GradeTally.of(goal.code().text(), rulebook.grades(), of(goal.kpis().toList()));
    }

    /** The grades of the KPIs printed under a policy, its reprints (再掲) included. */
    public GradeTally kpiTally(Policy policy) {
        return GradeTally.of(policy.code().text(), rulebook.grades(), evaluations(policy));
    }

    public GradeTally overallTally() {
        return GradeTally.of("T0", rulebook.grades(), overallEvaluations());
    }

    /** Per goal, the grades of its numerical targets (数値目標). */
    public List<GradeTally> tallies() {
        return plan.goals().stream().map(this::tally).toList();
    }

    /** Per goal, the grades of its policies' KPIs. */
    public List<GradeTally> kpiTallies() {
        return plan.goals().stream().map(this::kpiTally).toList();
    }

    private List<TargetEvaluation> of(List<NumericalTarget> targets) {
        return targets.stream().map(target -> evaluation(target.code())).toList();
    }
}
