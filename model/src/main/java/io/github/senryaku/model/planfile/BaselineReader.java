package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a target's {@code baseline:} — a figure, {@code pending: true}, a milestone's {@code state}, {@code none:
 * true} (新規), or {@code from: PLAN/CODE} (another plan's actual) — exactly one of them.
 */
final class BaselineReader {

    private final Optional<PlanPeriod> period;
    /** Where {@code baseline.from} was written, for the checks across plans. */
    private int fromLine;

    BaselineReader(Optional<PlanPeriod> period) {
        this.period = period;
    }

    Optional<Baseline> read(YamlMap base) {
        base.allowOnly(Set.of("year", "value", "approximate", "pending", "note", "state", "none", "from"));
        boolean none = base.bool("none").orElse(false);
        boolean pending = base.bool("pending").orElse(false);
        String note = base.text("note", false).orElse("");
        Optional<String> state = base.text("state", false);
        Optional<Quantity> value = TargetReader.quantity(base);
        Optional<String> from = base.text("from", false);
        int kinds = (none ? 1 : 0) + (pending ? 1 : 0) + (state.isPresent() ? 1 : 0) + (value.isPresent() ? 1 : 0)
                + (from.isPresent() ? 1 : 0);
        if (kinds != 1) {
            base.problems().error(base.line(), base.path(), "",
                    "基準値には value（数値）、pending: true（未公表）、state（段階）、none: true（基準値なし・新規）、"
                            + "from（前の計画の実績）のどれか1つを書きます", "");
            return Optional.empty();
        }
        if (from.isPresent()) {
            return inherited(base, from.get(), note);
        }
        if (none) {
            if (base.has("year")) {
                base.problems().error(base.line("year"), base.field("year"), base.text("year", false).orElse(""),
                        "基準値なし（none: true）には year を書きません", "新規の指標の期待値は計画の初年度から数えます");
                return Optional.empty();
            }
            return period.map(p -> new Baseline.None(p.from().plus(-1), note));
        }
        Optional<FiscalYear> year = base.year("year", true);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        if (pending) {
            return Optional.of(new Baseline.Pending(year.get(), note));
        }
        return state.<Baseline>map(s -> new Baseline.State(year.get(), s, note))
                .or(() -> value.map(v -> new Baseline.Figure(year.get(), v, note)));
    }

    /**
     * {@code from: kanazawa-2nd/T3-1}: the baseline is that plan's actual of the year given; whether the plan
     * and its target exist is checked across the plans folder ({@code PlanLibrary}).
     */
    private Optional<Baseline> inherited(YamlMap base, String from, String note) {
        fromLine = base.line("from");
        int slash = from.lastIndexOf('/');
        Optional<PlanCode> code = slash < 0 ? Optional.empty() : PlanCode.parse(from.substring(slash + 1));
        Optional<FiscalYear> year = base.year("year", true);
        if (slash <= 0 || code.isEmpty() || !(code.get() instanceof TargetCode target)) {
            base.problems().error(base.line("from"), base.field("from"), from,
                    "基準値の from には「計画コード/目標コード」を書きます", "例: kanazawa-2nd/T3-1");
            return Optional.empty();
        }
        return year.map(y -> new Baseline.Inherited(y, from.substring(0, slash).strip(), target, note));
    }

    int fromLine() {
        return fromLine;
    }
}
