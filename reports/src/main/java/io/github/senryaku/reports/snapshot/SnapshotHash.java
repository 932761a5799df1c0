package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The snapshot's fingerprint (データ指紋): SHA-256 over a canonical text of everything a report shows —
 * the plan (plan-wide targets, goals, targets, policies with their KPIs and reprints, measures, glossary), the rulebook in full, the year, every actual,
 * measure report, budget line and source file, and the council's opinions with their responses — one tab-separated line per fact in a fixed order
 * (docs/formats.md, "Snapshot hash").
 */
final class SnapshotHash {

    /** Bumped whenever the canonical text changes shape, so old and new hashes never collide by accident. */
    static final String VERSION = "senryaku-snapshot\t1";

    private SnapshotHash() {
    }

    static String of(ReportSnapshot snapshot) {
        return sha256(canonical(snapshot));
    }

    /** The hex SHA-256 of a canonical text's UTF-8 bytes. */
    static String sha256(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    static String canonical(ReportSnapshot snapshot) {
        StrategyPlan plan = snapshot.plan();
        Stream.Builder<String> lines = Stream.builder();
        lines.add(VERSION);
        lines.add(line("plan", plan.code(), plan.title(), plan.municipality(), plan.period().from(), plan.period().to()));
        lines.add(line("year", snapshot.year()));
        rulebook(snapshot.rulebook(), lines);
        lines.add(line("sample", snapshot.sample()));
        // The revisions the year is graded under, and none later: a report of R3 re-rendered after an R4
        // revision keeps its hash.
        plan.appliedRevisions().forEach(revision -> lines.add(line("revision", revision.effective(), revision.title())));
        plan.overallTargets().forEach(target -> target(target, snapshot.series(target), lines));
        plan.goals().forEach(goal -> {
            lines.add(line("goal", goal.code().text(), goal.title()));
            goal.targets().forEach(target -> target(target, snapshot.series(target), lines));
            goal.policies().forEach(policy -> {
                lines.add(line("policy", policy.code().text(), policy.title()));
                policy.targets().forEach(target -> target(target, snapshot.series(target), lines));
                policy.reprints().forEach(code -> lines.add(line("reprint", policy.code().text(), code.text())));
                policy.measures().forEach(measure -> {
                    lines.add(measure(measure));
                    snapshot.measureReport(measure).ifPresent(report -> lines.add(line("report", report.code().text(),
                            report.status(), report.direction(), report.content(), report.result(), report.issue(),
                            report.department())));
                });
            });
        });
        plan.glossary().forEach(term -> lines.add(line("term", term.term(), term.definition())));
        // What a successor shows of its predecessor: the figures its baselines take, and a continued target's
        // earlier figures on its chart. A plan that succeeds none has no such lines.
        plan.targets().forEach(target -> {
            snapshot.actuals().inheritedBaseline(target.code())
                    .ifPresent(figure -> lines.add(line("inherited", target.code().text(), reported(figure))));
            TrendPoints.years(snapshot, target).stream().filter(year -> year.isBefore(ReportSnapshot.firstYearShown(target)))
                    .forEach(year -> snapshot.earlierPlanActual(target, year).ifPresent(figure ->
                            lines.add(line("earlier", target.code().text(), year, reported(figure)))));
        });
        // Budget lines and sources have no order of their own: sorting the finished lines makes the text
        // the same whatever order the store returned them in.
        snapshot.budgetLines().stream()
                .map(budget -> line("budget", budget.projectCode(), budget.projectName(),
                        budget.measure().map(code -> code.text()).orElse(""), budget.budget().toPlainString(),
                        budget.spent().toPlainString(), budget.funding()))
                .sorted().forEach(lines::add);
        snapshot.sources().stream()
                .map(source -> line("source", source.importedAt(), source.name(), source.department(), source.sha256()))
                .sorted().forEach(lines::add);
        // The council's opinions in the office's order, which is the order they are printed in. A year the
        // council said nothing of has no such line, so its hash is what it was before opinions were kept.
        snapshot.council().opinions().forEach(opinion -> lines.add(line("council", opinion.subject().text(),
                opinion.opinion(), opinion.response(), opinion.by())));
        return lines.build().collect(Collectors.joining("\n", "", "\n"));
    }

    /** The rulebook in full: every grade, band and milestone grade decides what a report prints. */
    static void rulebook(GradingRulebook rulebook, Stream.Builder<String> lines) {
        lines.add(line("rulebook", rulebook.code(), rulebook.name(), rulebook.basis(), rulebook.description()));
        rulebook.grades().forEach(grade -> lines.add(line("grade", grade.code(), grade.label())));
        rulebook.bands().forEach(band -> lines.add(line("band", band.grade().code(), band.threshold(), band.description())));
        lines.add(line("unrated", rulebook.unrated().code()));
        lines.add(line("milestone", rulebook.milestone().reached().code(), rulebook.milestone().intermediate().code(),
                rulebook.milestone().baseline().code()));
    }

    static String measure(Measure measure) {
        return line("measure", measure.code().text(), measure.title(), measure.isNew(), measure.department().orElse(""));
    }

    /**
     * A target's lines, with its actuals ({@code series}). A target of the shape every target had before plans could say more (a yearly level
     * measured every year, counted from the year after its baseline, no interim, no notes) has exactly the
     * lines it always had, so the hash of such a plan's data is what it was; the other shapes add a
     * {@code shape} line and {@code note} lines, kinds of line that did not exist before.
     */
    static void target(NumericalTarget target, SortedMap<FiscalYear, Reported> series, Stream.Builder<String> lines) {
        String code = target.code().text();
        lines.add(line("target", code, target.name(), target.statement(), target.unit(),
                target.direction(), target.periodKind(), baseline(target), target(target),
                target.reference().map(r -> text(r.year()) + "=" + quantity(r.quantity())), String.join("|", target.states())));
        boolean level = target.aggregation() == Aggregation.LEVEL && target.surveys().everyYear()
                && target.interim().isEmpty() && target.tolerance().isEmpty()
                && target.countedFrom().equals(target.baseline().year().plus(1));
        if (!level) {
            lines.add(line("shape", code, target.aggregation(), target.countedFrom(),
                    target.surveys().years().stream().map(SnapshotHash::text).collect(Collectors.joining("|")),
                    target.interim().stream().map(i -> text(i.year()) + "=" + quantity(i.quantity()))
                            .collect(Collectors.joining("|")),
                    target.tolerance().map(BigDecimal::toPlainString)));
        }
        // A pending baseline's note is already part of its baseline field.
        if (!(target.baseline() instanceof Baseline.Pending) && !target.baseline().note().isEmpty()) {
            lines.add(line("note", code, "baseline", target.baseline().note()));
        }
        if (!target.target().note().isEmpty()) {
            lines.add(line("note", code, "target", target.target().note()));
        }
        target.reference().filter(r -> !r.note().isEmpty())
                .ifPresent(r -> lines.add(line("note", code, "reference", r.note())));
        series.forEach((year, reported) ->
                lines.add(line("actual", code, year, reported(reported))));
    }

    private static String baseline(NumericalTarget target) {
        Baseline baseline = target.baseline();
        String value;
        if (baseline instanceof Baseline.Figure figure) {
            value = quantity(figure.quantity());
        } else if (baseline instanceof Baseline.Pending pending) {
            value = "pending:" + pending.note();
        } else if (baseline instanceof Baseline.None) {
            value = "none";
        } else if (baseline instanceof Baseline.Inherited inherited) {
            value = "from:" + inherited.source();
        } else {
            value = "state:" + ((Baseline.State) baseline).state();
        }
        return text(baseline.year()) + "=" + value;
    }

    private static String target(NumericalTarget target) {
        TargetValue value = target.target();
        String written;
        if (value instanceof TargetValue.Figure figure) {
            written = quantity(figure.quantity());
        } else if (value instanceof TargetValue.EachYear each) {
            written = "each:" + quantity(each.quantity());
        } else if (value instanceof TargetValue.Trend) {
            written = "trend";
        } else {
            written = "state:" + ((TargetValue.State) value).state();
        }
        return text(value.year()) + "=" + written;
    }

    static String reported(Reported reported) {
        if (reported instanceof Reported.Figure figure) {
            return quantity(figure.quantity());
        }
        if (reported instanceof Reported.State state) {
            return "state:" + state.state();
        }
        return "unpublished:" + ((Reported.Unpublished) reported).label();
    }

    private static String quantity(Quantity quantity) {
        return (quantity.approximate() ? "~" : "") + quantity.value().toPlainString();
    }

    static String line(String kind, Object... fields) {
        return kind + "\t" + Stream.of(fields).map(SnapshotHash::text).map(SnapshotHash::escape)
                .collect(Collectors.joining("\t"));
    }

    /** Years as Gregorian numbers, never as labels a later era change could rewrite. */
    private static String text(Object field) {
        if (field instanceof FiscalYear year) {
            return String.valueOf(year.gregorianYear());
        }
        return field instanceof Optional<?> optional ? optional.map(SnapshotHash::text).orElse("") : String.valueOf(field);
    }

    /** Tabs, newlines and backslashes inside a field cannot be mistaken for the text's own separators. */
    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
