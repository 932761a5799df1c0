package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.ReferenceValue;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.plan.Unit;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.PeriodKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one numerical target (数値目標) of a plan file and checks it hangs together. */
final class TargetReader {

    private final YamlMap map;
    private final Problems problems;

    private TargetReader(YamlMap map) {
        this.map = map;
        this.problems = map.problems();
    }

    static Optional<NumericalTarget> read(YamlMap map, int goal, Optional<PlanPeriod> period, PlanFileLoader.Codes codes) {
        return new TargetReader(map).read(goal, period, codes);
    }

    private Optional<NumericalTarget> read(int goal, Optional<PlanPeriod> period, PlanFileLoader.Codes codes) {
        map.allowOnly(Set.of("code", "name", "statement", "unit", "direction", "periodKind", "baseline", "target",
                "reference", "states"));
        int before = problems.count();
        Optional<TargetCode> code = codes.read(map, TargetCode.class, "T" + goal + "-<番号>")
                .filter(c -> codes.belongs(map, c.goal() == goal, "基本目標" + goal + "の数値目標は T" + goal + "-<番号> です"));
        Optional<String> name = map.text("name", true);
        Optional<String> statement = map.text("statement", false);
        Optional<Unit> unit = unit();
        Optional<Direction> direction = map.enumValue("direction", Direction.class, true);
        PeriodKind periodKind = map.enumValue("periodKind", PeriodKind.class, false).orElse(PeriodKind.FISCAL_YEAR);
        List<String> states = map.texts("states", false);
        Optional<Baseline> baseline = map.map("baseline", true).flatMap(TargetReader::baseline);
        Optional<TargetValue> target = map.map("target", true).flatMap(TargetReader::target);
        Optional<ReferenceValue> reference = map.map("reference", false).flatMap(TargetReader::reference);
        if (direction.isPresent() && baseline.isPresent() && target.isPresent()) {
            consistent(direction.get(), baseline.get(), target.get(), states, period);
        }
        if (problems.count() > before || code.isEmpty() || name.isEmpty() || unit.isEmpty() || direction.isEmpty()
                || baseline.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NumericalTarget(code.get(), name.get(), statement.orElse(""), unit.get(),
                direction.get(), periodKind, baseline.get(), target.get(), reference, states));
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

    private static Optional<Baseline> baseline(YamlMap map) {
        map.allowOnly(Set.of("year", "value", "approximate", "pending", "note", "state"));
        Optional<FiscalYear> year = map.year("year", true);
        boolean pending = map.bool("pending").orElse(false);
        Optional<String> note = map.text("note", false);
        Optional<String> state = map.text("state", false);
        Optional<Quantity> value = quantity(map);
        int kinds = (pending ? 1 : 0) + (state.isPresent() ? 1 : 0) + (value.isPresent() ? 1 : 0);
        if (kinds != 1) {
            map.problems().error(map.line(), map.path(), "",
                    "基準値には value（数値）、pending: true（未公表）、state（段階）のどれか1つを書きます", "");
            return Optional.empty();
        }
        if (year.isEmpty()) {
            return Optional.empty();
        }
        if (pending) {
            return Optional.of(new Baseline.Pending(year.get(), note.orElse("")));
        }
        return state.<Baseline>map(s -> new Baseline.State(year.get(), s))
                .or(() -> value.map(v -> new Baseline.Figure(year.get(), v)));
    }

    private static Optional<TargetValue> target(YamlMap map) {
        map.allowOnly(Set.of("year", "value", "approximate", "state"));
        Optional<FiscalYear> year = map.year("year", true);
        Optional<String> state = map.text("state", false);
        Optional<Quantity> value = quantity(map);
        if (state.isPresent() == value.isPresent()) {
            map.problems().error(map.line(), map.path(), "", "目標値には value（数値）か state（段階）のどちらか1つを書きます", "");
            return Optional.empty();
        }
        return year.flatMap(y -> state.<TargetValue>map(s -> new TargetValue.State(y, s))
                .or(() -> value.map(v -> new TargetValue.Figure(y, v))));
    }

    private static Optional<ReferenceValue> reference(YamlMap map) {
        map.allowOnly(Set.of("year", "value", "approximate"));
        Optional<FiscalYear> year = map.year("year", true);
        Optional<Quantity> value = quantity(map);
        if (!map.has("value")) {
            map.problems().error(map.line(), map.field("value"), "", "参考値に value がありません", "");
        }
        return year.flatMap(y -> value.map(v -> new ReferenceValue(y, v)));
    }

    private static Optional<Quantity> quantity(YamlMap map) {
        boolean approximate = map.bool("approximate").orElse(false);
        return map.number("value", false).map(v -> new Quantity(v, approximate));
    }

    private void consistent(Direction direction, Baseline baseline, TargetValue target, List<String> states,
            Optional<PlanPeriod> period) {
        if (period.isPresent() && !period.get().contains(target.year())) {
            error("target.year", target.year().eraLabel(),
                    "目標年度が計画期間（" + period.get().from().eraLabel() + "～" + period.get().to().eraLabel() + "）の外です");
        }
        if (!baseline.year().isBefore(target.year())) {
            error("baseline.year", baseline.year().eraLabel(), "基準年度が目標年度（" + target.year().eraLabel() + "）より前ではありません");
        }
        boolean stateBaseline = baseline instanceof Baseline.State;
        boolean stateTarget = target instanceof TargetValue.State;
        if (stateBaseline != stateTarget) {
            error("target", "", "基準値と目標値の種類が違います（基準値は" + (stateBaseline ? "段階" : "数値")
                    + "、目標値は" + (stateTarget ? "段階" : "数値") + "）");
        } else if (direction == Direction.MILESTONE != stateTarget) {
            error("direction", direction.name(), direction == Direction.MILESTONE
                    ? "MILESTONE の目標は基準値・目標値を state（段階）で書きます"
                    : direction.name() + " の目標は基準値・目標値を数値で書きます（段階なら direction: MILESTONE）");
        } else if (stateTarget) {
            milestoneStates((Baseline.State) baseline, (TargetValue.State) target, states);
        } else if (baseline instanceof Baseline.Figure figure) {
            figureDirection(direction, figure.quantity().value(), ((TargetValue.Figure) target).quantity().value());
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
