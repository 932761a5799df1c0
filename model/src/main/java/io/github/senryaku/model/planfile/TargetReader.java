package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.InterimValue;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.ReferenceValue;
import io.github.senryaku.model.plan.SurveySchedule;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.plan.Unit;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.PeriodKind;
import io.github.senryaku.model.time.YearFormatException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one target of a plan file — a plan-wide target (全体目標), a goal's numerical target (数値目標) or a
 * policy's KPI — and checks it hangs together.
 */
final class TargetReader {

    /** Where a target is written in the file, which decides the code it must have. */
    record Owner(int goal, Optional<PolicyCode> policy) {

        static Owner plan() {
            return new Owner(0, Optional.empty());
        }

        static Owner goal(int goal) {
            return new Owner(goal, Optional.empty());
        }

        static Owner policy(PolicyCode policy) {
            return new Owner(policy.goal(), Optional.of(policy));
        }

        String expectedCode() {
            return policy.map(p -> "K" + p.goal() + "-" + p.number() + "-<番号>").orElse("T" + goal + "-<番号>");
        }

        boolean owns(TargetCode code) {
            return code.goal() == goal && code.policy() == policy.map(PolicyCode::number).orElse(0);
        }

        String rule() {
            if (policy.isPresent()) {
                return "施策" + policy.get() + "の重要業績評価指標（KPI）は " + expectedCode() + " です";
            }
            return goal == 0 ? "全体目標（plan の targets）は T0-<番号> です" : "基本目標" + goal + "の数値目標は " + expectedCode() + " です";
        }
    }

    private static final Set<String> KEYS = Set.of("code", "name", "statement", "unit", "direction", "periodKind",
            "baseline", "target", "reference", "states", "aggregation", "from", "surveyYears", "surveyEvery", "interim",
            "tolerance", "continues");

    private final YamlMap map;
    private final Problems problems;
    private final Optional<PlanPeriod> period;
    private final BaselineReader baselines;

    private TargetReader(YamlMap map, Optional<PlanPeriod> period) {
        this.map = map;
        this.problems = map.problems();
        this.period = period;
        this.baselines = new BaselineReader(period);
    }

    static Optional<NumericalTarget> read(YamlMap map, Owner owner, Optional<PlanPeriod> period, FileCodes codes) {
        return new TargetReader(map, period).read(owner, codes);
    }

    private Optional<NumericalTarget> read(Owner owner, FileCodes codes) {
        map.allowOnly(KEYS);
        int before = problems.count();
        Optional<TargetCode> code = codes.read(map, TargetCode.class, owner.expectedCode())
                .filter(c -> codes.belongs(map, owner.owns(c), owner.rule()));
        Optional<String> name = map.text("name", true);
        Optional<String> statement = map.text("statement", false);
        Optional<Unit> unit = unit();
        Optional<Direction> direction = map.enumValue("direction", Direction.class, true);
        PeriodKind periodKind = map.enumValue("periodKind", PeriodKind.class, false).orElse(PeriodKind.FISCAL_YEAR);
        Aggregation aggregation = map.enumValue("aggregation", Aggregation.class, false).orElse(Aggregation.LEVEL);
        List<String> states = map.texts("states", false);
        Optional<Written> written = map.map("target", true).flatMap(this::written);
        boolean eachYear = written.filter(Written::eachYear).isPresent();
        Optional<Baseline> baseline = map.has("baseline") || !eachYear
                ? map.map("baseline", true).flatMap(baselines::read)
                : period.map(p -> new Baseline.None(p.from().plus(-1), ""));
        Optional<TargetValue> target = written.flatMap(w -> target(w, direction, baseline));
        Optional<ReferenceValue> reference = map.map("reference", false).flatMap(TargetReader::reference);
        Optional<FiscalYear> from = countedFrom(baseline, target, written.flatMap(Written::from));
        Optional<BigDecimal> tolerance = map.number("tolerance", false);
        Optional<TargetCode> continues = continues();
        if (direction.isPresent() && baseline.isPresent() && target.isPresent()) {
            consistent(direction.get(), baseline.get(), target.get(), states, aggregation, tolerance);
        }
        SurveySchedule surveys = surveys(baseline, target, aggregation);
        List<InterimValue> interim = interim(baseline, target, direction);
        if (problems.count() > before || code.isEmpty() || name.isEmpty() || unit.isEmpty() || direction.isEmpty()
                || baseline.isEmpty() || target.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        continues.ifPresent(c -> codes.continuation(
                new FileCodes.Continuation(code.get(), c, map.line("continues"), map.field("continues"))));
        if (baseline.get() instanceof Baseline.Inherited inherited) {
            codes.baselineSource(new FileCodes.BaselineSource(code.get(), inherited, baselines.fromLine(),
                    map.field("baseline.from")));
        }
        return Optional.of(new NumericalTarget(code.get(), name.get(), statement.orElse(""), unit.get(),
                direction.get(), periodKind, baseline.get(), target.get(), reference, states, aggregation, from.get(),
                surveys, interim, tolerance, continues));
    }

    /** {@code continues: T3-1}: the target this one carries on in the plan this plan succeeds. */
    private Optional<TargetCode> continues() {
        return map.text("continues", false).flatMap(text -> {
            Optional<PlanCode> parsed = PlanCode.parse(text);
            if (parsed.isEmpty() || !(parsed.get() instanceof TargetCode code)) {
                error("continues", text, "continues には前の計画（plan.succeeds）の目標・KPI のコードを書きます");
                return Optional.empty();
            }
            return Optional.of(code);
        });
    }

    /** The key must be there: a rate says {@code unit: null} rather than leaving the unit out by mistake. */
    private Optional<Unit> unit() {
        if (!map.has("unit")) {
            problems.error(map.line(), map.field("unit"), "", "単位（unit）がありません",
                    "人・万人・事業などを書きます。単位のない比率は unit: null と書いてください");
            return Optional.empty();
        }
        return Optional.of(map.text("unit", false).map(Unit::new).orElse(Unit.NONE));
    }

    /** The target as written, before the direction and baseline it depends on are known. */
    private record Written(Optional<FiscalYear> year, Optional<Quantity> value, Optional<String> state, String note,
            boolean eachYear, boolean trend, Optional<FiscalYear> from) {
    }

    private Optional<Written> written(YamlMap goal) {
        goal.allowOnly(Set.of("year", "value", "approximate", "state", "note", "eachYear", "trend", "from"));
        int before = problems.count();
        boolean eachYear = goal.bool("eachYear").orElse(false);
        boolean trend = goal.bool("trend").orElse(false);
        String note = goal.text("note", false).orElse("");
        Optional<String> state = goal.text("state", false);
        Optional<Quantity> value = quantity(goal);
        Optional<FiscalYear> year = eachYear && !goal.has("year") ? period.map(PlanPeriod::to) : goal.year("year", true);
        Optional<FiscalYear> from = goal.year("from", false);
        if (goal.has("from") && !eachYear) {
            goal.problems().error(goal.line("from"), goal.field("from"), goal.text("from", false).orElse(""),
                    "target の from は毎年度の目標（eachYear: true）にだけ書きます", "累計・平均の数え始めは目標の from: に書きます");
        }
        if (eachYear && (value.isEmpty() || state.isPresent() || trend)) {
            goal.problems().error(goal.line(), goal.path(), "", "毎年度の目標（eachYear: true）には value（数値）を1つ書きます", "");
        } else if (trend && (value.isPresent() || state.isPresent())) {
            goal.problems().error(goal.line(), goal.path(), "", "数値のない目標（trend: true）には value も state も書きません", "");
        } else if (state.isPresent() && value.isPresent()) {
            goal.problems().error(goal.line(), goal.path(), "", "目標値には value（数値）か state（段階）のどちらか1つを書きます", "");
        }
        if (problems.count() > before || year.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Written(year, value, state, note, eachYear, trend, from));
    }

    /**
     * The target value. Only a MAINTAIN target with a figure baseline may leave out its value: the level to
     * keep is then the baseline.
     */
    private Optional<TargetValue> target(Written written, Optional<Direction> direction, Optional<Baseline> baseline) {
        FiscalYear year = written.year().orElseThrow();
        if (written.eachYear()) {
            return Optional.of(new TargetValue.EachYear(year, written.value().orElseThrow(), written.note()));
        }
        if (written.trend()) {
            return Optional.of(new TargetValue.Trend(year, written.note()));
        }
        if (written.state().isPresent()) {
            return Optional.of(new TargetValue.State(year, written.state().get(), written.note()));
        }
        if (written.value().isPresent()) {
            return Optional.of(new TargetValue.Figure(year, written.value().get(), written.note()));
        }
        if (direction.orElse(null) == Direction.MAINTAIN && baseline.orElse(null) instanceof Baseline.Figure base) {
            return Optional.of(new TargetValue.Figure(year, base.quantity(), written.note()));
        }
        if (direction.isPresent() && baseline.isPresent()) {
            problems.error(map.line("target"), map.field("target"), "",
                    "目標値には value（数値）か state（段階）のどちらか1つを書きます",
                    "値を書かずに済むのは、基準値が数値の現状維持（direction: MAINTAIN）だけです");
        }
        return Optional.empty();
    }

    private static Optional<ReferenceValue> reference(YamlMap map) {
        map.allowOnly(Set.of("year", "value", "approximate", "note"));
        Optional<FiscalYear> year = map.year("year", true);
        Optional<Quantity> value = quantity(map);
        String note = map.text("note", false).orElse("");
        if (!map.has("value")) {
            map.problems().error(map.line(), map.field("value"), "", "参考値に value がありません", "");
        }
        return year.flatMap(y -> value.map(v -> new ReferenceValue(y, v, note)));
    }

    static Optional<Quantity> quantity(YamlMap map) {
        boolean approximate = map.bool("approximate").orElse(false);
        return map.number("value", false).map(v -> new Quantity(v, approximate));
    }

    /**
     * The first year counted into a sum or mean (or graded, for an every-year target): written as {@code from}
     * (for an every-year target also inside {@code target}), else the year after the baseline year — for a new
     * indicator (新規) that is the plan's first year.
     */
    private Optional<FiscalYear> countedFrom(Optional<Baseline> baseline, Optional<TargetValue> target,
            Optional<FiscalYear> writtenInTarget) {
        Optional<FiscalYear> written = map.year("from", false);
        if (map.has("from") && written.isEmpty()) {
            return Optional.empty();
        }
        if (written.isPresent() && writtenInTarget.isPresent() && !written.equals(writtenInTarget)) {
            error("from", written.get().eraLabel(), "from が目標の中の from（" + writtenInTarget.get().eraLabel() + "）と違います");
            return Optional.empty();
        }
        Optional<FiscalYear> from = written.or(() -> writtenInTarget);
        if (from.isEmpty()) {
            return baseline.map(base -> base.year().plus(1));
        }
        String key = written.isPresent() ? "from" : "target.from";
        if (period.isPresent() && !period.get().contains(from.get())) {
            error(key, from.get().eraLabel(), "数え始めの年度（from）が計画期間（" + period.get().from().eraLabel() + "～"
                    + period.get().to().eraLabel() + "）の外です");
            return Optional.empty();
        }
        if (target.isPresent() && from.get().isAfter(target.get().year())) {
            error(key, from.get().eraLabel(), "数え始めの年度（from）が目標年度（" + target.get().year().eraLabel() + "）より後です");
            return Optional.empty();
        }
        if (baseline.isPresent() && !from.get().isAfter(baseline.get().year())) {
            error(key, from.get().eraLabel(), "数え始めの年度（from）が基準年度（" + baseline.get().year().eraLabel() + "）より後ではありません");
            return Optional.empty();
        }
        return from;
    }

    private SurveySchedule surveys(Optional<Baseline> baseline, Optional<TargetValue> target, Aggregation aggregation) {
        boolean listed = map.has("surveyYears");
        boolean every = map.has("surveyEvery");
        if (!listed && !every) {
            return SurveySchedule.EVERY_YEAR;
        }
        String key = listed ? "surveyYears" : "surveyEvery";
        if (listed && every) {
            error("surveyEvery", map.text("surveyEvery", false).orElse(""), "surveyYears と surveyEvery はどちらか1つだけ書きます");
            return SurveySchedule.EVERY_YEAR;
        }
        if (aggregation != Aggregation.LEVEL || target.filter(t -> !(t instanceof TargetValue.Figure)).isPresent()) {
            error(key, "", "調査年（" + key + "）は単年度の値（aggregation: LEVEL）で数値の目標にだけ書きます");
            return SurveySchedule.EVERY_YEAR;
        }
        if (baseline.isEmpty() || target.isEmpty()) {
            return SurveySchedule.EVERY_YEAR;
        }
        FiscalYear first = baseline.get() instanceof Baseline.None ? baseline.get().year().plus(1) : baseline.get().year();
        FiscalYear last = target.get().year();
        List<FiscalYear> years = new ArrayList<>();
        if (listed) {
            for (String text : map.texts("surveyYears", true)) {
                try {
                    years.add(FiscalYear.parse(text));
                } catch (YearFormatException malformed) {
                    error("surveyYears", text, malformed.getMessage());
                }
            }
        } else {
            map.number("surveyEvery", true).flatMap(n -> PlanFileLoader.positiveInteger(map, "surveyEvery", n))
                    .ifPresent(n -> {
                        for (FiscalYear y = first; !y.isAfter(last); y = y.plus(n)) {
                            years.add(y);
                        }
                    });
        }
        for (FiscalYear year : years) {
            if (year.isBefore(first) || year.isAfter(last)) {
                error(key, year.eraLabel(), "調査年が基準年度から目標年度まで（" + first.eraLabel() + "～" + last.eraLabel() + "）の外です");
            }
        }
        return new SurveySchedule(years);
    }

    private List<InterimValue> interim(Optional<Baseline> baseline, Optional<TargetValue> target, Optional<Direction> direction) {
        if (!map.has("interim")) {
            return List.of();
        }
        if (target.isPresent() && !(target.get() instanceof TargetValue.Figure)
                || direction.filter(d -> d == Direction.MAINTAIN || d == Direction.MILESTONE).isPresent()) {
            error("interim", "", "中間目標（interim）は数値の目標（増加・減少）にだけ書きます");
            return List.of();
        }
        List<InterimValue> interim = new ArrayList<>();
        for (YamlMap item : map.maps("interim", true)) {
            item.allowOnly(Set.of("year", "value", "approximate"));
            Optional<FiscalYear> year = item.year("year", true);
            Optional<Quantity> value = item.has("value") ? quantity(item) : Optional.empty();
            if (!item.has("value")) {
                item.problems().error(item.line(), item.field("value"), "", "中間目標に value がありません", "");
            }
            if (year.isEmpty() || value.isEmpty() || baseline.isEmpty() || target.isEmpty()) {
                continue;
            }
            FiscalYear first = baseline.get().year();
            FiscalYear last = target.get().year();
            if (!year.get().isAfter(first) || !year.get().isBefore(last)) {
                item.problems().error(item.line("year"), item.field("year"), year.get().eraLabel(),
                        "中間目標の年度が基準年度と目標年度の間（" + first.eraLabel() + "～" + last.eraLabel() + "）にありません", "");
                continue;
            }
            if (interim.stream().anyMatch(i -> i.year().equals(year.get()))) {
                item.problems().error(item.line("year"), item.field("year"), year.get().eraLabel(), "中間目標の年度が重複しています", "");
                continue;
            }
            interim.add(new InterimValue(year.get(), value.get()));
        }
        return interim;
    }

    private void consistent(Direction direction, Baseline baseline, TargetValue target, List<String> states,
            Aggregation aggregation, Optional<BigDecimal> tolerance) {
        if (period.isPresent() && !period.get().contains(target.year())) {
            error("target.year", target.year().eraLabel(),
                    "目標年度が計画期間（" + period.get().from().eraLabel() + "～" + period.get().to().eraLabel() + "）の外です");
        }
        if (!baseline.year().isBefore(target.year())) {
            error("baseline.year", baseline.year().eraLabel(), "基準年度が目標年度（" + target.year().eraLabel() + "）より前ではありません");
        }
        if (tolerance.isPresent() && direction != Direction.MAINTAIN) {
            error("tolerance", tolerance.get().toPlainString(), "許容幅（tolerance）は現状維持の目標（direction: MAINTAIN）にだけ書きます");
        }
        if (tolerance.isPresent() && (tolerance.get().signum() < 0 || tolerance.get().compareTo(BigDecimal.valueOf(100)) >= 0)) {
            error("tolerance", tolerance.get().toPlainString(), "許容幅（tolerance）は 0 以上 100 未満の % で書きます");
        }
        boolean stateBaseline = baseline instanceof Baseline.State;
        boolean stateTarget = target instanceof TargetValue.State;
        if (baseline instanceof Baseline.None && (direction == Direction.MILESTONE || direction == Direction.MAINTAIN
                || target instanceof TargetValue.Trend)) {
            error("baseline.none", "true", "基準値なし（新規）は、数値の目標（増加・減少）にだけ使えます");
            return;
        }
        if (aggregation != Aggregation.LEVEL && (direction == Direction.MILESTONE || direction == Direction.MAINTAIN
                || !(target instanceof TargetValue.Figure))) {
            error("aggregation", aggregation.name(), "累計・平均（" + aggregation.name() + "）は、数値の目標（増加・減少）にだけ使えます");
            return;
        }
        if (target instanceof TargetValue.Trend && direction != Direction.INCREASE && direction != Direction.DECREASE) {
            error("direction", direction.name(), "数値のない目標（trend: true）の direction は INCREASE か DECREASE です");
            return;
        }
        if (target instanceof TargetValue.EachYear && direction != Direction.INCREASE && direction != Direction.DECREASE) {
            error("direction", direction.name(), "毎年度の目標（eachYear: true）の direction は INCREASE か DECREASE です");
            return;
        }
        if (stateBaseline != stateTarget) {
            error("target", "", "基準値と目標値の種類が違います（基準値は" + (stateBaseline ? "段階" : "数値")
                    + "、目標値は" + (stateTarget ? "段階" : "数値") + "）");
        } else if (direction == Direction.MILESTONE != stateTarget) {
            error("direction", direction.name(), direction == Direction.MILESTONE
                    ? "MILESTONE の目標は基準値・目標値を state（段階）で書きます"
                    : direction.name() + " の目標は基準値・目標値を数値で書きます（段階なら direction: MILESTONE）");
        } else if (stateTarget) {
            milestoneStates((Baseline.State) baseline, (TargetValue.State) target, states);
        } else if (baseline instanceof Baseline.Figure figure && target instanceof TargetValue.Figure goal
                && aggregation != Aggregation.CUMULATIVE) {
            figureDirection(direction, figure.quantity().value(), goal.quantity().value());
        }
        if (!stateTarget && !states.isEmpty()) {
            error("states", String.join(", ", states), "段階（states）は MILESTONE の目標にだけ書きます");
        }
    }

    private void milestoneStates(Baseline.State baseline, TargetValue.State target, List<String> states) {
        if (states.isEmpty()) {
            error("states", "", "MILESTONE の目標には段階の一覧（states）が必要です");
        } else if (!states.contains(baseline.state())) {
            error("baseline.state", baseline.state(), "基準の段階が states（" + String.join("／", states) + "）にありません");
        } else if (!states.contains(target.state())) {
            error("target.state", target.state(), "目標の段階が states（" + String.join("／", states) + "）にありません");
        } else if (states.indexOf(baseline.state()) >= states.indexOf(target.state())) {
            error("states", String.join(", ", states), "states は基準の段階から目標の段階へ順に並べます");
        }
    }

    private void figureDirection(Direction direction, BigDecimal baseline, BigDecimal target) {
        int comparison = target.compareTo(baseline);
        if (direction == Direction.INCREASE && comparison <= 0 || direction == Direction.DECREASE && comparison >= 0) {
            error("direction", direction.name(), "目標値 " + target.toPlainString() + " と基準値 " + baseline.toPlainString()
                    + " が " + direction.name() + "（" + direction.japanese() + "）と合いません");
        }
    }

    private void error(String key, String input, String message) {
        String first = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        problems.error(map.line(first), map.field(key), input, message, "");
    }
}
