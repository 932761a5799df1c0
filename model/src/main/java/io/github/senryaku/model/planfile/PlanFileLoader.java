package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.GlossaryTerm;
import io.github.senryaku.model.plan.GoalCode;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.PlanRevision;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plan file ({@code config/plans/kanazawa-2nd.yaml}). The file's format is documented in
 * {@code docs/plan-file.md}. Every problem in the file is reported at once, each with its line and field.
 */
public final class PlanFileLoader {

    private PlanFileLoader() {
    }

    /**
     * @param label how messages name the file (the path as the user gave it)
     * @throws InvalidFileException listing every problem when the file is not a valid plan
     */
    public static StrategyPlan load(Path path, String label) throws InvalidFileException {
        Problems problems = new Problems(label);
        Optional<LoadedPlan> plan = read(path, problems);
        problems.throwIfAny();
        return plan.orElseThrow().plan();
    }

    public static StrategyPlan load(Path path) throws InvalidFileException {
        return load(path, path.toString());
    }

    /** The plan with the lines the checks across plans name; empty with the reasons among the problems. */
    static Optional<LoadedPlan> read(Path path, Problems problems) {
        return YamlDocument.read(path, problems).flatMap(root -> plan(root, problems));
    }

    private static Optional<LoadedPlan> plan(YamlMap root, Problems problems) {
        root.allowOnly(Set.of("plan", "goals", "glossary", "revisions"));
        Optional<YamlMap> header = root.map("plan", true);
        header.ifPresent(h -> h.allowOnly(Set.of("code", "title", "municipality", "period", "basisLaw", "summary", "targets",
                "succeeds")));
        Optional<String> code = header.flatMap(h -> h.text("code", true));
        Optional<String> title = header.flatMap(h -> h.text("title", true));
        Optional<String> municipality = header.flatMap(h -> h.text("municipality", true));
        Optional<PlanPeriod> period = header.flatMap(h -> h.map("period", true)).flatMap(PlanFileLoader::period);
        Optional<String> basisLaw = header.flatMap(h -> h.text("basisLaw", false));
        Optional<String> summary = header.flatMap(h -> h.text("summary", false));
        Optional<String> succeeds = header.flatMap(h -> h.text("succeeds", false));

        FileCodes codes = new FileCodes(problems);
        List<NumericalTarget> overall = new ArrayList<>();
        for (YamlMap target : header.map(h -> h.maps("targets", false)).orElse(List.of())) {
            TargetReader.read(target, TargetReader.Owner.plan(), period, codes).ifPresent(overall::add);
        }
        List<BasicGoal> goals = new ArrayList<>();
        List<YamlMap> goalMaps = root.maps("goals", true);
        if (goalMaps.isEmpty() && root.has("goals")) {
            problems.error(root.line("goals"), "goals", "", "基本目標が1つもありません", "");
        }
        for (YamlMap goalMap : goalMaps) {
            goal(goalMap, period, codes).ifPresent(goals::add);
        }
        List<GlossaryTerm> glossary = new ArrayList<>();
        for (YamlMap term : root.maps("glossary", false)) {
            term.allowOnly(Set.of("term", "definition"));
            Optional<String> name = term.text("term", true);
            Optional<String> definition = term.text("definition", true);
            if (name.isPresent() && definition.isPresent()) {
                glossary.add(new GlossaryTerm(name.get(), definition.get()));
            }
        }
        codes.checkReprints();
        header.ifPresent(h -> code.ifPresent(c -> Lineage.checkSucceeds(h, c, succeeds)));
        // Revisions name the plan's codes, so they are read against a valid original only: against a plan
        // missing a goal that failed to read, every change under it would be a false "unknown code".
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        YamlMap plan = header.orElseThrow();
        StrategyPlan original = new StrategyPlan(code.orElseThrow(), title.orElseThrow(), municipality.orElseThrow(),
                period.orElseThrow(), basisLaw.orElse(""), summary.orElse(""), overall, goals, glossary);
        List<PlanRevision> revisions = RevisionReader.read(root.maps("revisions", false), original, codes, problems);
        Lineage.checkReferences(code.get(), succeeds, codes, problems);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        StrategyPlan written = new StrategyPlan(original.code(), original.title(), original.municipality(),
                original.period(), original.basisLaw(), original.summary(), overall, goals, glossary, succeeds, revisions, 0);
        return Optional.of(new LoadedPlan(written, problems.file(), plan.line("code"), plan.line("succeeds"),
                codes.continuations(), codes.baselineSources()));
    }

    private static Optional<PlanPeriod> period(YamlMap map) {
        map.allowOnly(Set.of("from", "to"));
        Optional<FiscalYear> from = map.year("from", true);
        Optional<FiscalYear> to = map.year("to", true);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            map.problems().error(map.line("to"), map.field("to"), to.get().eraLabel(),
                    "計画期間の終わりが始まり（" + from.get().eraLabel() + "）より前です", "");
            return Optional.empty();
        }
        return Optional.of(new PlanPeriod(from.get(), to.get()));
    }

    private static Optional<BasicGoal> goal(YamlMap map, Optional<PlanPeriod> period, FileCodes codes) {
        map.allowOnly(Set.of("number", "title", "targets", "policies"));
        Optional<Integer> number = map.number("number", true).flatMap(n -> positiveInteger(map, "number", n));
        Optional<String> title = map.text("title", true);
        int before = map.problems().count();
        number.ifPresent(n -> codes.claim(new GoalCode(n), map, "number"));
        List<NumericalTarget> targets = new ArrayList<>();
        for (YamlMap target : map.maps("targets", true)) {
            number.flatMap(n -> TargetReader.read(target, TargetReader.Owner.goal(n), period, codes)).ifPresent(targets::add);
        }
        List<Policy> policies = new ArrayList<>();
        for (YamlMap policy : map.maps("policies", true)) {
            number.flatMap(n -> policy(policy, n, period, codes)).ifPresent(policies::add);
        }
        if (map.problems().count() > before || number.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BasicGoal(new GoalCode(number.get()), title.get(), targets, policies));
    }

    private static Optional<Policy> policy(YamlMap map, int goal, Optional<PlanPeriod> period, FileCodes codes) {
        map.allowOnly(Set.of("code", "title", "targets", "measures"));
        int before = map.problems().count();
        Optional<PolicyCode> code = codes.read(map, PolicyCode.class, "P" + goal + "-<番号>")
                .filter(c -> codes.belongs(map, c.goal() == goal, "基本目標" + goal + "の施策は P" + goal + "-<番号> です"));
        Optional<String> title = map.text("title", true);
        List<NumericalTarget> kpis = new ArrayList<>();
        List<TargetCode> reprints = new ArrayList<>();
        for (YamlMap kpi : map.maps("targets", false)) {
            if (kpi.has("sameAs")) {
                code.flatMap(c -> codes.reprint(kpi, c)).ifPresent(reprints::add);
            } else {
                code.flatMap(c -> TargetReader.read(kpi, TargetReader.Owner.policy(c), period, codes)).ifPresent(kpis::add);
            }
        }
        List<Measure> measures = new ArrayList<>();
        for (YamlMap measure : map.maps("measures", false)) {
            code.flatMap(c -> measure(measure, c, codes)).ifPresent(measures::add);
        }
        if (map.problems().count() > before || code.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Policy(code.get(), title.get(), kpis, reprints, measures));
    }

    static Optional<Measure> measure(YamlMap map, PolicyCode policy, FileCodes codes) {
        map.allowOnly(Set.of("code", "title", "new", "department"));
        String expected = "M" + policy.goal() + "-" + policy.number() + "-<番号>";
        Optional<MeasureCode> code = codes.read(map, MeasureCode.class, expected)
                .filter(c -> codes.belongs(map, c.policyCode().equals(policy), "施策" + policy + "の取組は " + expected + " です"));
        Optional<String> title = map.text("title", true);
        boolean isNew = map.bool("new").orElse(false);
        Optional<String> department = map.text("department", false).filter(d -> !d.isEmpty());
        if (code.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Measure(code.get(), title.get(), isNew, department));
    }

    static Optional<Integer> positiveInteger(YamlMap map, String key, java.math.BigDecimal number) {
        if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0) {
            map.problems().error(map.line(key), map.field(key), number.toPlainString(), "1以上の整数が必要です", "");
            return Optional.empty();
        }
        return Optional.of(number.intValueExact());
    }
}
