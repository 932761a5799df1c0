package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.GoalCode;
import io.github.senryaku.model.plan.IndicatorKind;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.RevisionChange;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads one change of a revision — {@code target:}, {@code measure:}, {@code add:} or {@code retire:} — and
 * checks it against the plan as the changes before it left it: the code it names is there (and not
 * retired), an added code is new to the whole file, a new value agrees with the target's direction and a new
 * year with its baseline, interim and survey years.
 */
final class ChangeReader {

    private static final List<String> VERBS = List.of("target", "measure", "add", "retire");

    private final FileCodes codes;
    private final PlanPeriod period;
    /** Every code retired so far, with the line of its {@code retire:}. */
    private final Map<PlanCode, Integer> retired = new HashMap<>();

    ChangeReader(FileCodes codes, PlanPeriod period) {
        this.codes = codes;
        this.period = period;
    }

    /** The changes one mapping makes (a {@code target:} may both retarget and rename); none when it is wrong. */
    List<RevisionChange> read(YamlMap map, StrategyPlan plan, Optional<FiscalYear> effective) {
        List<String> verbs = VERBS.stream().filter(map::has).toList();
        if (verbs.size() != 1) {
            map.problems().error(map.line(), map.path(), String.join(", ", verbs),
                    "変更には target（目標の変更）、measure（取組の変更）、add（追加）、retire（廃止）のどれか1つを書きます", "");
            return List.of();
        }
        int before = map.problems().count();
        List<RevisionChange> changes = switch (verbs.get(0)) {
            case "target" -> target(map, plan);
            case "measure" -> measure(map, plan);
            case "add" -> add(map, plan, effective);
            default -> retire(map, plan);
        };
        return map.problems().count() > before ? List.of() : changes;
    }

    private List<RevisionChange> target(YamlMap map, StrategyPlan plan) {
        map.allowOnly(Set.of("target", "value", "approximate", "year", "note", "name", "statement", "reason"));
        Optional<NumericalTarget> target = code(map, "target", TargetCode.class, "T3-1")
                .flatMap(code -> existing(map, "target", code, plan.target(code)));
        Optional<Quantity> value = map.number("value", false).map(v -> new Quantity(v, map.bool("approximate").orElse(false)));
        Optional<FiscalYear> year = map.year("year", false);
        Optional<String> note = map.text("note", false);
        Optional<String> name = nonEmpty(map, "name");
        Optional<String> statement = map.text("statement", false);
        String reason = map.text("reason", false).orElse("");
        if (Stream.of("value", "year", "note", "name", "statement").noneMatch(map::has)) {
            map.problems().error(map.line(), map.path(), "", "変更する内容がありません",
                    "value（目標値）、year（目標年度）、name（名称）、statement（目標の表現）、note（注記）のどれかを書きます");
        }
        if (target.isEmpty()) {
            return List.of();
        }
        value.ifPresent(v -> newValue(map, target.get(), v.value()));
        year.ifPresent(y -> newYear(map, target.get(), y));
        List<RevisionChange> changes = new ArrayList<>();
        TargetCode code = target.get().code();
        if (value.isPresent() || year.isPresent() || note.isPresent()) {
            changes.add(new RevisionChange.TargetRetargeted(code, value, year, note, reason));
        }
        if (name.isPresent() || statement.isPresent()) {
            changes.add(new RevisionChange.TargetRenamed(code, name, statement, reason));
        }
        return changes;
    }

    private void newValue(YamlMap map, NumericalTarget target, BigDecimal value) {
        if (!(target.target() instanceof TargetValue.Figure || target.target() instanceof TargetValue.EachYear)) {
            error(map, "value", value.toPlainString(), target.code() + " は数値のない目標（段階・増加などの傾向）なので、目標値は変えられません");
            return;
        }
        boolean checked = (target.direction() == Direction.INCREASE || target.direction() == Direction.DECREASE)
                && target.target() instanceof TargetValue.Figure && target.aggregation() != Aggregation.CUMULATIVE;
        if (checked && target.baseline() instanceof Baseline.Figure base) {
            int comparison = value.compareTo(base.quantity().value());
            if (target.direction() == Direction.INCREASE ? comparison <= 0 : comparison >= 0) {
                error(map, "value", value.toPlainString(), "新しい目標値 " + value.toPlainString() + " と基準値 "
                        + base.quantity().value().toPlainString() + " が " + target.direction().name() + "（"
                        + target.direction().japanese() + "）と合いません");
            }
        }
    }

    private void newYear(YamlMap map, NumericalTarget target, FiscalYear year) {
        Optional<FiscalYear> lastInterim = target.interim().stream().map(i -> i.year()).reduce((a, b) -> b);
        Optional<FiscalYear> lastSurvey = target.surveys().years().stream().reduce((a, b) -> b);
        String message = null;
        if (!period.contains(year)) {
            message = "目標年度が計画期間（" + period.from().eraLabel() + "～" + period.to().eraLabel() + "）の外です";
        } else if (!target.baseline().year().isBefore(year)) {
            message = "目標年度が基準年度（" + target.baseline().year().eraLabel() + "）より後ではありません";
        } else if (target.countedFrom().isAfter(year)) {
            message = "目標年度が数え始めの年度（" + target.countedFrom().eraLabel() + "）より前です";
        } else if (lastInterim.filter(y -> !y.isBefore(year)).isPresent()) {
            message = "目標年度が中間目標の年度（" + lastInterim.get().eraLabel() + "）より後ではありません";
        } else if (lastSurvey.filter(y -> y.isAfter(year)).isPresent()) {
            message = "目標年度より後に調査年（" + lastSurvey.get().eraLabel() + "）があります";
        }
        if (message != null) {
            error(map, "year", year.eraLabel(), message);
        }
    }

    private List<RevisionChange> measure(YamlMap map, StrategyPlan plan) {
        map.allowOnly(Set.of("measure", "title", "reason"));
        Optional<MeasureCode> code = code(map, "measure", MeasureCode.class, "M3-1-2")
                .flatMap(c -> existing(map, "measure", c, plan.measure(c)).map(m -> c));
        Optional<String> title = map.text("title", true);
        String reason = map.text("reason", false).orElse("");
        if (code.isEmpty() || title.isEmpty()) {
            return List.of();
        }
        return List.of(new RevisionChange.MeasureRenamed(code.get(), title.get(), reason));
    }

    private List<RevisionChange> add(YamlMap map, StrategyPlan plan, Optional<FiscalYear> effective) {
        map.allowOnly(Set.of("add", "reason"));
        String reason = map.text("reason", false).orElse("");
        Optional<YamlMap> added = map.map("add", true);
        Optional<PlanCode> code = added.flatMap(a -> a.text("code", true)).flatMap(text -> {
            Optional<PlanCode> parsed = PlanCode.parse(text);
            if (parsed.isEmpty() || !(parsed.get() instanceof TargetCode || parsed.get() instanceof MeasureCode)) {
                error(added.get(), "code", text, "追加できるのは目標・KPI・取組です", "例: T3-3、K3-2-1、T0-1、M3-2-2");
                return Optional.empty();
            }
            return parsed;
        });
        if (code.isEmpty() || !isNew(added.get(), code.get()) || !hasPlace(added.get(), code.get(), plan)) {
            return List.of();
        }
        if (code.get() instanceof MeasureCode measure) {
            return PlanFileLoader.measure(added.get(), measure.policyCode(), codes)
                    .<RevisionChange>map(m -> new RevisionChange.MeasureAdded(m, reason)).map(List::of).orElse(List.of());
        }
        TargetCode target = (TargetCode) code.get();
        TargetReader.Owner owner = target.kind() == IndicatorKind.OVERALL ? TargetReader.Owner.plan()
                : target.policyCode().map(TargetReader.Owner::policy).orElse(TargetReader.Owner.goal(target.goal()));
        Optional<NumericalTarget> read = TargetReader.read(added.get(), owner, Optional.of(period), codes);
        if (read.isPresent() && effective.isPresent() && read.get().target().year().isBefore(effective.get())) {
            error(added.get(), "target", read.get().target().year().eraLabel(), "追加する目標の目標年度が改訂の効力年度（"
                    + effective.get().eraLabel() + "）より前です");
            return List.of();
        }
        return read.<RevisionChange>map(t -> new RevisionChange.TargetAdded(t, reason)).map(List::of).orElse(List.of());
    }

    /** Codes are never reused: not one the plan has, had, or a revision already added. */
    private boolean isNew(YamlMap added, PlanCode code) {
        Optional<Integer> line = codes.lineOf(code);
        if (line.isPresent()) {
            error(added, "code", code.text(), "コード " + code.text() + " は計画にすでにあります（" + line.get() + "行目）",
                    retired.containsKey(code) ? "廃止したコードも使い回しません。新しい番号を付けます" : "新しい番号を付けます");
        }
        return line.isEmpty();
    }

    /** An added target or measure goes under the goal or policy its code names, which must be there. */
    private boolean hasPlace(YamlMap added, PlanCode code, StrategyPlan plan) {
        Optional<PolicyCode> policy = code instanceof MeasureCode m ? Optional.of(m.policyCode()) : ((TargetCode) code).policyCode();
        Optional<GoalCode> goal = code instanceof TargetCode t ? t.goalCode() : Optional.empty();
        if (policy.isPresent() && plan.policy(policy.get()).isEmpty()) {
            error(added, "code", code.text(), "追加する " + code.text() + " の施策 " + policy.get() + " が計画にありません");
            return false;
        }
        if (policy.isEmpty() && goal.isPresent() && plan.goal(goal.get()).isEmpty()) {
            error(added, "code", code.text(), "追加する " + code.text() + " の基本目標" + goal.get().goal() + "が計画にありません");
            return false;
        }
        return true;
    }

    private List<RevisionChange> retire(YamlMap map, StrategyPlan plan) {
        map.allowOnly(Set.of("retire", "reason"));
        String reason = map.text("reason", false).orElse("");
        Optional<PlanCode> code = map.text("retire", true).flatMap(text -> {
            Optional<PlanCode> parsed = PlanCode.parse(text);
            if (parsed.isEmpty() || !(parsed.get() instanceof TargetCode || parsed.get() instanceof MeasureCode)) {
                error(map, "retire", text, "廃止（retire）には目標・KPI・取組のコードを書きます", "例: T4-1、K1-2-1、M4-2-1");
                return Optional.empty();
            }
            return parsed;
        });
        if (code.isEmpty()) {
            return List.of();
        }
        Optional<?> present = code.get() instanceof TargetCode t ? plan.target(t) : plan.measure((MeasureCode) code.get());
        if (existing(map, "retire", code.get(), present).isEmpty()) {
            return List.of();
        }
        retired.put(code.get(), map.line("retire"));
        return List.of(new RevisionChange.Retired(code.get(), reason));
    }

    private <C extends PlanCode> Optional<C> code(YamlMap map, String key, Class<C> type, String example) {
        return map.text(key, true).flatMap(text -> {
            Optional<PlanCode> parsed = PlanCode.parse(text);
            if (parsed.isEmpty() || !type.isInstance(parsed.get())) {
                error(map, key, text, "コードの形が正しくありません", "例: " + example);
                return Optional.empty();
            }
            return Optional.of(type.cast(parsed.get()));
        });
    }

    /** What a change names must be in the plan now: not unknown, and not retired by an earlier change. */
    private <T> Optional<T> existing(YamlMap map, String key, PlanCode code, Optional<T> present) {
        Integer retiredAt = retired.get(code);
        if (retiredAt != null) {
            error(map, key, code.text(), code.text() + " は" + retiredAt + "行目で廃止しています",
                    key.equals("retire") ? "廃止は1回だけ書きます" : "廃止した目標・取組は変更できません");
            return Optional.empty();
        }
        if (present.isEmpty()) {
            error(map, key, code.text(), "コード " + code.text() + " は計画にありません", "");
        }
        return present;
    }

    private static Optional<String> nonEmpty(YamlMap map, String key) {
        Optional<String> text = map.text(key, false);
        if (text.filter(String::isEmpty).isPresent()) {
            error(map, key, "", "値が空です");
            return Optional.empty();
        }
        return text;
    }

    private static void error(YamlMap map, String key, String input, String message) {
        error(map, key, input, message, "");
    }

    private static void error(YamlMap map, String key, String input, String message, String hint) {
        map.problems().error(map.line(key), map.field(key), input, message, hint);
    }
}
