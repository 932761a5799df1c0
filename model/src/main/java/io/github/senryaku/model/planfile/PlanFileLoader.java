package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.GlossaryTerm;
import io.github.senryaku.model.plan.GoalCode;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Optional<StrategyPlan> plan = YamlDocument.read(path, problems).flatMap(root -> plan(root, problems));
        problems.throwIfAny();
        return plan.orElseThrow();
    }

    public static StrategyPlan load(Path path) throws InvalidFileException {
        return load(path, path.toString());
    }

    private static Optional<StrategyPlan> plan(YamlMap root, Problems problems) {
        root.allowOnly(Set.of("plan", "goals", "glossary"));
        Optional<YamlMap> header = root.map("plan", true);
        header.ifPresent(h -> h.allowOnly(Set.of("code", "title", "municipality", "period", "basisLaw", "summary", "targets")));
        Optional<String> code = header.flatMap(h -> h.text("code", true));
        Optional<String> title = header.flatMap(h -> h.text("title", true));
        Optional<String> municipality = header.flatMap(h -> h.text("municipality", true));
        Optional<PlanPeriod> period = header.flatMap(h -> h.map("period", true)).flatMap(PlanFileLoader::period);
        Optional<String> basisLaw = header.flatMap(h -> h.text("basisLaw", false));
        Optional<String> summary = header.flatMap(h -> h.text("summary", false));

        Codes codes = new Codes(problems);
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
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StrategyPlan(code.orElseThrow(), title.orElseThrow(), municipality.orElseThrow(),
                period.orElseThrow(), basisLaw.orElse(""), summary.orElse(""), overall, goals, glossary));
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

    private static Optional<BasicGoal> goal(YamlMap map, Optional<PlanPeriod> period, Codes codes) {
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

    private static Optional<Policy> policy(YamlMap map, int goal, Optional<PlanPeriod> period, Codes codes) {
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

    private static Optional<Measure> measure(YamlMap map, PolicyCode policy, Codes codes) {
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

    /** The codes claimed so far in the file, to report a duplicate with both lines, and the reprints to check. */
    static final class Codes {
        private final Problems problems;
        private final Map<PlanCode, Integer> lines = new HashMap<>();
        private final List<Reprint> reprints = new ArrayList<>();

        private record Reprint(TargetCode code, PolicyCode under, YamlMap map) {
        }

        Codes(Problems problems) {
            this.problems = problems;
        }

        <C extends PlanCode> Optional<C> read(YamlMap map, Class<C> type, String expected) {
            return map.text("code", true).flatMap(text -> {
                Optional<PlanCode> code = PlanCode.parse(text);
                if (code.isEmpty() || !type.isInstance(code.get())) {
                    problems.error(map.line("code"), map.field("code"), text, "コードの形が正しくありません", "例: " + expected);
                    return Optional.empty();
                }
                return claim(type.cast(code.get()), map, "code") ? Optional.of(type.cast(code.get())) : Optional.empty();
            });
        }

        boolean claim(PlanCode code, YamlMap map, String key) {
            Integer earlier = lines.putIfAbsent(code, map.line(key));
            if (earlier != null) {
                problems.error(map.line(key), map.field(key), code.text(),
                        "コード " + code.text() + " が重複しています（" + earlier + "行目と同じ）", "コードは計画の中で一意にしてください");
                return false;
            }
            return true;
        }

        /** {@code - sameAs: K1-2-1}: a KPI of another policy printed again (再掲); checked once every KPI is read. */
        Optional<TargetCode> reprint(YamlMap map, PolicyCode under) {
            map.allowOnly(Set.of("sameAs"));
            return map.text("sameAs", true).flatMap(text -> {
                Optional<PlanCode> code = PlanCode.parse(text);
                if (code.isEmpty() || !(code.get() instanceof TargetCode target) || target.policyCode().isEmpty()) {
                    problems.error(map.line("sameAs"), map.field("sameAs"), text, "再掲（sameAs）には別の施策の KPI のコードを書きます",
                            "例: K1-2-1");
                    return Optional.empty();
                }
                reprints.add(new Reprint(target, under, map));
                return Optional.of(target);
            });
        }

        void checkReprints() {
            for (Reprint reprint : reprints) {
                String text = reprint.code().text();
                if (!lines.containsKey(reprint.code())) {
                    problems.error(reprint.map().line("sameAs"), reprint.map().field("sameAs"), text,
                            "再掲（sameAs）の KPI " + text + " が計画にありません", "");
                } else if (reprint.code().policyCode().orElseThrow().equals(reprint.under())) {
                    problems.error(reprint.map().line("sameAs"), reprint.map().field("sameAs"), text,
                            "再掲（sameAs）は別の施策の KPI を指します（" + text + " はこの施策の KPI です）", "");
                }
            }
        }

        boolean belongs(YamlMap map, boolean belongs, String rule) {
            if (!belongs) {
                problems.error(map.line("code"), map.field("code"), map.text("code", false).orElse(""),
                        "コードが所属と合いません", rule);
            }
            return belongs;
        }
    }
}
