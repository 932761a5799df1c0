package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.GoalCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many of a goal's targets got each grade, every grade of the rulebook listed (zeros included). */
public record GradeTally(GoalCode goal, Map<Grade, Integer> counts) {

    public GradeTally {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    static GradeTally of(GoalCode goal, List<Grade> grades, List<TargetEvaluation> evaluations) {
        Map<Grade, Integer> counts = new LinkedHashMap<>();
        grades.forEach(grade -> counts.put(grade, 0));
        evaluations.forEach(evaluation -> counts.merge(evaluation.grade().grade(), 1, Integer::sum));
        return new GradeTally(goal, counts);
    }

    public int count(Grade grade) {
        return counts.getOrDefault(grade, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
