package io.github.senryaku.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.GlossaryTerm;
import java.util.Optional;

/**
 * Writes the plan as the stable JSON contract (documented in {@code docs/plan-json.md}). Years are
 * Gregorian integers, absent values are {@code null}, figures are JSON numbers as the plan writes them.
 * When an evaluation is given, each target also carries {@code "evaluation"}. The plan-wide targets are
 * {@code plan.targets}, a policy's own KPIs {@code targets} of the policy and its reprints their codes.
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
        // Plans over time: only a plan that has them carries these fields, so other plans' JSON is as it was.
        plan.succeeds().ifPresent(code -> header.put("succeeds", code));
        if (!plan.revisions().isEmpty()) {
            header.put("version", plan.versionLabel());
            ArrayNode revisions = header.putArray("revisions");
            plan.revisions().forEach(revision -> {
                ObjectNode node = revisions.addObject();
                node.put("effective", revision.effective().gregorianYear());
                node.put("title", revision.title());
                node.put("note", revision.note().isEmpty() ? null : revision.note());
                node.put("applied", plan.appliedRevisions().contains(revision));
                ArrayNode changes = node.putArray("changes");
                revision.changes().forEach(change -> changes.addObject().put("code", change.code().text())
                        .put("change", change.describe()).put("reason", change.reason().isEmpty() ? null : change.reason()));
            });
        }
        evaluated.ifPresent(e -> {
            header.put("evaluatedYear", e.year().gregorianYear());
            header.put("rulebook", e.rulebook().code());
        });
        ArrayNode overall = header.putArray("targets");
        plan.overallTargets().forEach(target -> TargetJson.write(overall.addObject(), target,
                evaluated.map(e -> e.evaluation(target.code()))));
        ArrayNode goals = root.putArray("goals");
        for (BasicGoal goal : plan.goals()) {
            ObjectNode node = goals.addObject();
            node.put("code", goal.code().text());
            node.put("number", goal.number());
            node.put("title", goal.title());
            ArrayNode targets = node.putArray("targets");
            goal.targets().forEach(target -> TargetJson.write(targets.addObject(), target,
                    evaluated.map(e -> e.evaluation(target.code()))));
            ArrayNode policies = node.putArray("policies");
            goal.policies().forEach(policy -> policy(policies.addObject(), policy, evaluated));
        }
        ArrayNode glossary = root.putArray("glossary");
        for (GlossaryTerm term : plan.glossary()) {
            glossary.addObject().put("term", term.term()).put("definition", term.definition());
        }
        return root;
    }

    private static void policy(ObjectNode node, Policy policy, Optional<EvaluatedPlan> evaluated) {
        node.put("code", policy.code().text());
        node.put("number", policy.number());
        node.put("title", policy.title());
        ArrayNode measures = node.putArray("measures");
        for (Measure measure : policy.measures()) {
            measures.addObject().put("code", measure.code().text()).put("title", measure.title()).put("isNew", measure.isNew());
        }
        ArrayNode targets = node.putArray("targets");
        policy.targets().forEach(target -> TargetJson.write(targets.addObject(), target,
                evaluated.map(e -> e.evaluation(target.code()))));
        // A reprint (再掲) is the original KPI again: its code, not a copy with actuals of its own.
        ArrayNode reprints = node.putArray("reprints");
        policy.reprints().forEach(code -> reprints.add(code.text()));
    }
}
