package io.github.senryaku.cli;

import io.github.senryaku.model.plan.StrategyPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * What a plan holds, counted by kind for one line: 基本目標 2・全体目標 2・数値目標 4・KPI 6（再掲 2）・主要施策 4・取組 5・用語解説 2.
 * 全体目標 and KPI are named only when the plan has them, so a plan of 数値目標 alone reads as it always did.
 */
final class PlanCounts {

    private PlanCounts() {
    }

    static String of(StrategyPlan plan) {
        List<String> parts = new ArrayList<>();
        parts.add("基本目標 " + plan.goals().size());
        if (!plan.overallTargets().isEmpty()) {
            parts.add("全体目標 " + plan.overallTargets().size());
        }
        parts.add("数値目標 " + plan.numericalTargets().count());
        long kpis = plan.kpis().count();
        long reprints = plan.policies().mapToLong(policy -> policy.reprints().size()).sum();
        if (kpis > 0) {
            parts.add("KPI " + kpis + (reprints > 0 ? "（再掲 " + reprints + "）" : ""));
        }
        parts.add("主要施策 " + plan.policies().count());
        parts.add("取組 " + plan.measures().count());
        parts.add("用語解説 " + plan.glossary().size());
        return String.join("・", parts);
    }
}
