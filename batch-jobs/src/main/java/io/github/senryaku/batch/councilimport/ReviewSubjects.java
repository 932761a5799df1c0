package io.github.senryaku.batch.councilimport;

import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;

/**
 * What the council may speak to in a year: the plan as a whole (総括), then, in the plan's order, the plan-wide
 * targets and each goal with its numerical targets, its policies and their KPIs — of the version in force that
 * year, so a target a revision retired is no longer offered, and one it added is. The template lists them and
 * the import accepts exactly them.
 */
record ReviewSubjects(List<Entry> entries) {

    /** A subject as the template lists it: code, name, and which kind of thing it is (区分). */
    record Entry(ReviewSubject subject, String name, String kind) {
    }

    ReviewSubjects {
        entries = List.copyOf(entries);
    }

    static ReviewSubjects inForce(StrategyPlan plan, FiscalYear year) {
        StrategyPlan version = plan.inForce(year);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(new ReviewSubject.Overall(), "計画全体についての意見", "総括"));
        for (NumericalTarget target : version.overallTargets()) {
            entries.add(new Entry(new ReviewSubject.Target(target.code()), target.name(), "全体目標"));
        }
        for (BasicGoal goal : version.goals()) {
            entries.add(new Entry(new ReviewSubject.Goal(goal.code()), goal.title(), "基本目標"));
            for (NumericalTarget target : goal.targets()) {
                entries.add(new Entry(new ReviewSubject.Target(target.code()), target.name(), "数値目標"));
            }
            for (Policy policy : goal.policies()) {
                entries.add(new Entry(new ReviewSubject.Policy(policy.code()), policy.title(), "主要施策"));
                for (NumericalTarget kpi : policy.targets()) {
                    entries.add(new Entry(new ReviewSubject.Target(kpi.code()), kpi.name(), "KPI"));
                }
            }
        }
        return new ReviewSubjects(entries);
    }

    boolean contains(ReviewSubject subject) {
        return entries.stream().anyMatch(entry -> entry.subject().equals(subject));
    }

    /** The goals, for the rows the template prefills. */
    List<Entry> goals() {
        return entries.stream().filter(entry -> entry.subject() instanceof ReviewSubject.Goal).toList();
    }

    List<String> codes() {
        return entries.stream().map(entry -> entry.subject().text()).toList();
    }
}
