package io.github.senryaku.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.plan.GlossaryTerm;
import java.util.Optional;

/**
 * Writes the plan as the stable JSON contract (documented in {@code docs/plan-json.md}). Years are
 * Gregorian integers, absent values are {@code null}, figures are JSON numbers as the plan writes them.
 * When an evaluation is given, each target also carries {@code "evaluation"}.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static String of(StrategyPlan plan) {
        return write(tree(plan, Optional.empty()));
    }

    public static String of(EvaluatedPlan evaluated) {
        return write(tree(evaluated.plan(), Optional.of(evaluated)));
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain nodes always serialises", impossible);
        }
    }

    private static ObjectNode tree(StrategyPlan plan, Optional<EvaluatedPlan> evaluated) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode header = root.putObject("plan");
        header.put("code", plan.code());
        header.put("title", plan.title());
        header.put("municipality", plan.municipality());
        ObjectNode period = header.putObject("period");
        period.put("from", plan.period().from().gregorianYear());
        period.put("to", plan.period().to().gregorianYear());
        evaluated.ifPresent(e -> {
            header.put("evaluatedYear", e.year().gregorianYear());
            header.put("rulebook", e.rulebook().code());
        });
        ArrayNode goals = root.putArray("goals");
        for (BasicGoal goal : plan.goals()) {
            ObjectNode node = goals.addObject();
            node.put("code", goal.code().text());
            node.put("number", goal.number());
            node.put("title", goal.title());
            ArrayNode targets = node.putArray("targets");
            goal.targets().forEach(target -> target(targets.addObject(), target,
                    evaluated.map(e -> e.evaluation(target.code()))));
            ArrayNode policies = node.putArray("policies");
            goal.policies().forEach(policy -> policy(policies.addObject(), policy));
        }
        ArrayNode glossary = root.putArray("glossary");
        for (GlossaryTerm term : plan.glossary()) {
            glossary.addObject().put("term", term.term()).put("definition", term.definition());
        }
        return root;
    }

    private static void target(ObjectNode node, NumericalTarget target, Optional<TargetEvaluation> evaluation) {
        node.put("code", target.code().text());
        node.put("name", target.name());
        node.put("statement", target.statement().isEmpty() ? null : target.statement());
        node.put("unit", target.unit().isNone() ? null : target.unit().symbol());
        node.put("direction", target.direction().name());
        node.put("periodKind", target.periodKind().name());
        baseline(node.putObject("baseline"), target.baseline());
        ObjectNode goal = node.putObject("target");
        goal.put("year", target.target().year().gregorianYear());
        goal.put("value", target.target() instanceof TargetValue.Figure f ? f.quantity().value() : null);
        goal.put("state", target.target() instanceof TargetValue.State s ? s.state() : null);
        if (target.reference().isPresent()) {
            ObjectNode reference = node.putObject("reference");
            reference.put("year", target.reference().get().year().gregorianYear());
            reference.put("value", target.reference().get().quantity().value());
        } else {
            node.putNull("reference");
        }
        if (!target.states().isEmpty()) {
            target.states().forEach(node.putArray("states")::add);
        }
        evaluation.ifPresent(e -> evaluation(node.putObject("evaluation"), e));
    }

    private static void baseline(ObjectNode node, Baseline baseline) {
        node.put("year", baseline.year().gregorianYear());
        node.put("value", baseline instanceof Baseline.Figure f ? f.quantity().value() : null);
        node.put("state", baseline instanceof Baseline.State s ? s.state() : null);
        node.put("pending", baseline instanceof Baseline.Pending);
        node.put("approximate", baseline instanceof Baseline.Figure f && f.quantity().approximate());
        node.put("note", baseline instanceof Baseline.Pending p && !p.note().isEmpty() ? p.note() : null);
    }

    private static void evaluation(ObjectNode node, TargetEvaluation evaluation) {
        node.put("year", evaluation.year().gregorianYear());
        Optional<Reported> actual = evaluation.actual();
        node.put("actual", actual.filter(Reported.Figure.class::isInstance)
                .map(a -> ((Reported.Figure) a).quantity().value()).orElse(null));
        node.put("actualState", actual.filter(Reported.State.class::isInstance)
                .map(a -> ((Reported.State) a).state()).orElse(null));
        node.put("published", actual.map(a -> !(a instanceof Reported.Unpublished)).orElse(null));
        node.put("rate", evaluation.rate().map(r -> r.rounded()).orElse(null));
        node.put("expected", evaluation.expected().map(e -> e.rounded()).orElse(null));
        node.put("grade", evaluation.grade().grade().code());
        node.put("reason", evaluation.grade().reason());
        if (evaluation.projection().isPresent()) {
            ObjectNode projection = node.putObject("projection");
            projection.put("year", evaluation.projection().get().year().gregorianYear());
            projection.put("value", evaluation.projection().get().value());
            projection.put("meetsTarget", evaluation.projection().get().meetsTarget());
        } else {
            node.putNull("projection");
        }
    }

    private static void policy(ObjectNode node, Policy policy) {
        node.put("code", policy.code().text());
        node.put("number", policy.number());
        node.put("title", policy.title());
        ArrayNode measures = node.putArray("measures");
        for (Measure measure : policy.measures()) {
            measures.addObject().put("code", measure.code().text()).put("title", measure.title()).put("isNew", measure.isNew());
        }
    }
}
