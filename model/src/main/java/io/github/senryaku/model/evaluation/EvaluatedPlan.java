package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A plan evaluated for one year under one rulebook: every target's evaluation, in plan order. */
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
                evaluations.put(target.code(), evaluator.evaluate(target, actuals.of(target.code()), year)));
        return new EvaluatedPlan(plan, rulebook, year, evaluations);
    }

    public TargetEvaluation evaluation(TargetCode code) {
        TargetEvaluation evaluation = evaluations.get(code);
        if (evaluation == null) {
            throw new IllegalArgumentException("no such target in " + plan.code() + ": " + code);
        }
        return evaluation;
    }

    public List<TargetEvaluation> evaluations(BasicGoal goal) {
        return goal.targets().stream().map(target -> evaluation(target.code())).toList();
    }

    public GradeTally tally(BasicGoal goal) {
        return GradeTally.of(goal.code(), rulebook.grades(), evaluations(goal));
    }

    public List<GradeTally> tallies() {
        return plan.goals().stream().map(this::tally).toList();
    }
}
