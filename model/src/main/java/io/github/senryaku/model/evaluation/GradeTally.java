package io.github.senryaku.model.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many of a group's targets got each grade, every grade of the rulebook listed (zeros included).
 *
 * @param scope the group, as its code prints: {@code G1} (a goal's 数値目標 or its KPIs), {@code P1-2} (a
 *              policy's KPIs), {@code T0} (the plan-wide targets)
 */
public record GradeTally(String scope, Map<Grade, Integer> counts) {

    public GradeTally {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    static GradeTally of(String scope, List<Grade> grades, List<TargetEvaluation> evaluations) {
        Map<Grade, Integer> counts = new LinkedHashMap<>();
        grades.forEach(grade -> counts.put(grade, 0));
        evaluations.forEach(evaluation -> counts.merge(evaluation.grade().grade(), 1, Integer::sum));
        return new GradeTally(scope, counts);
    }

    public int count(Grade grade) {
        return counts.getOrDefault(grade, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
