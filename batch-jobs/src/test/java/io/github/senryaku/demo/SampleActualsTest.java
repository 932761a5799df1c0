package io.github.senryaku.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SampleActualsTest {

    @Test
    void kanazawaSample_showsAchievedDelayedBackwardAndUnpublished() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());

        EvaluatedPlan r6 = EvaluatedPlan.of(plan, RulebookFileLoader.load(ProjectFiles.defaultRulebook()),
                SampleActuals.of(plan), plan.period().to());

        Map<String, Integer> grades = new TreeMap<>();
        for (GradeTally tally : r6.tallies()) {
            for (Map.Entry<Grade, Integer> count : tally.counts().entrySet()) {
                grades.merge(count.getKey().code(), count.getValue(), Integer::sum);
            }
        }
        assertEquals(Map.of("A", 1, "B", 0, "C", 2, "D", 1, "N", 1), grades);
    }
}
