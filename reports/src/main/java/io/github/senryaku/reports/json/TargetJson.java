package io.github.senryaku.reports.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.senryaku.model.evaluation.Measured;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.InterimValue;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.TargetValue;
import java.util.Optional;

/**
 * One indicator (全体目標, 数値目標 or KPI) in the JSON contract, with its evaluation when there is one. Fields
 * are only added: those of the first contract come first and keep their meaning; the target shapes' fields
 * follow (docs/plan-json.md).
 */
final class TargetJson {

    private TargetJson() {
    }

    static void write(ObjectNode node, NumericalTarget target, Optional<TargetEvaluation> evaluation) {
        node.put("code", target.code().text());
        node.put("name", target.name());
        node.put("statement", target.statement().isEmpty() ? null : target.statement());
        node.put("unit", target.unit().isNone() ? null : target.unit().symbol());
        node.put("direction", target.direction().name());
        node.put("periodKind", target.periodKind().name());
        baseline(node.putObject("baseline"), target.baseline());
        target.continues().ifPresent(code -> node.put("continues", code.text()));
        goal(node.putObject("target"), target.target());
        if (target.reference().isPresent()) {
            ObjectNode reference = node.putObject("reference");
            reference.put("year", target.reference().get().year().gregorianYear());
            reference.put("value", target.reference().get().quantity().value());
            reference.put("note", note(target.reference().get().note()));
        } else {
            node.putNull("reference");
        }
        if (!target.states().isEmpty()) {
            target.states().forEach(node.putArray("states")::add);
        }
        node.put("kind", target.kind().name());
        node.put("policy", target.code().policyCode().map(PolicyCode::text).orElse(null));
        node.put("aggregation", target.aggregation().name());
        node.put("from", target.countedFrom().gregorianYear());
        ArrayNode surveys = node.putArray("surveyYears");
        target.surveys().years().forEach(year -> surveys.add(year.gregorianYear()));
        ArrayNode interim = node.putArray("interim");
        target.interim().forEach(value -> interim(interim.addObject(), value));
        node.put("tolerance", target.tolerance().orElse(null));
        evaluation.ifPresent(e -> evaluation(node.putObject("evaluation"), e));
    }

    private static void baseline(ObjectNode node, Baseline baseline) {
        // A new indicator's year is only where its expected path starts: not a year of any figure.
        if (baseline instanceof Baseline.None) {
            node.putNull("year");
        } else {
            node.put("year", baseline.year().gregorianYear());
        }
        node.put("value", baseline instanceof Baseline.Figure f ? f.quantity().value() : null);
        node.put("state", baseline instanceof Baseline.State s ? s.state() : null);
        node.put("pending", baseline instanceof Baseline.Pending);
        node.put("approximate", baseline instanceof Baseline.Figure f && f.quantity().approximate());
        node.put("note", note(baseline.note()));
        node.put("none", baseline instanceof Baseline.None);
        if (baseline instanceof Baseline.Inherited inherited) {
            node.put("from", inherited.source());
        }
    }

    private static void goal(ObjectNode node, TargetValue value) {
        node.put("year", value.year().gregorianYear());
        node.put("value", value instanceof TargetValue.Figure f ? f.quantity().value()
                : value instanceof TargetValue.EachYear each ? each.quantity().value() : null);
        node.put("state", value instanceof TargetValue.State s ? s.state() : null);
        node.put("eachYear", value instanceof TargetValue.EachYear);
        node.put("trend", value instanceof TargetValue.Trend);
        node.put("note", note(value.note()));
    }

    private static void interim(ObjectNode node, InterimValue value) {
        node.put("year", value.year().gregorianYear());
        node.put("value", value.quantity().value());
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
        if (evaluation.measured().isPresent()) {
            measured(node.putObject("measured"), evaluation.measured().get());
        } else {
            node.putNull("measured");
        }
        if (evaluation.against().isPresent()) {
            interim(node.putObject("against"), evaluation.against().get());
        } else {
            node.putNull("against");
        }
    }

    private static void measured(ObjectNode node, Measured measured) {
        node.put("value", measured.value());
        node.put("aggregation", measured.aggregation().name());
        node.put("from", measured.from().gregorianYear());
        node.put("to", measured.to().gregorianYear());
        node.put("carried", measured.carried());
        node.put("label", measured.label().isEmpty() ? null : measured.label());
    }

    private static String note(String note) {
        return note.isEmpty() ? null : note;
    }
}
