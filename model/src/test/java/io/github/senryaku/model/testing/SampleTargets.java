package io.github.senryaku.model.testing;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.ReferenceValue;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.plan.Unit;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.PeriodKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The Kanazawa plan's numerical targets as tests build them, without reading a file. */
public final class SampleTargets {

    public static final FiscalYear H30 = FiscalYear.of(2018);
    public static final FiscalYear R6 = FiscalYear.of(2024);

    private SampleTargets() {
    }

    /** 合計特殊出生率: baseline pending (3月公表予定, H30) → 1.69 (R6). */
    public static NumericalTarget birthRate() {
        return new NumericalTarget(new TargetCode(1, 1), "合計特殊出生率", "", Unit.NONE, Direction.INCREASE,
                PeriodKind.CALENDAR_YEAR, new Baseline.Pending(H30, "3月公表予定"),
                new TargetValue.Figure(R6, Quantity.exact("1.69")),
                Optional.of(new ReferenceValue(FiscalYear.of(2017), Quantity.exact("1.50"))), List.of());
    }

    /** 市外へ就職する学生数: 約2,000人 (H30) → 1,800人 (R6). */
    public static NumericalTarget studentsLeaving() {
        return new NumericalTarget(new TargetCode(2, 1), "市外へ就職する学生数", "市外へ就職する学生数を1割減", new Unit("人"),
                Direction.DECREASE, PeriodKind.FISCAL_YEAR, new Baseline.Figure(H30, Quantity.about("2000")),
                new TargetValue.Figure(R6, Quantity.exact("1800")), Optional.empty(), List.of());
    }

    /** 金沢地域の年間入込客数: 1,045万人 (H30) → 1,121万人 (R6). */
    public static NumericalTarget visitors() {
        return new NumericalTarget(new TargetCode(3, 1), "金沢地域の年間入込客数", "", new Unit("万人"), Direction.INCREASE,
                PeriodKind.FISCAL_YEAR, new Baseline.Figure(H30, Quantity.exact("1045")),
                new TargetValue.Figure(R6, Quantity.exact("1121")), Optional.empty(), List.of());
    }

    /** 価値創造拠点施設の整備: 未整備 (H30) → 整備 (R6). */
    public static NumericalTarget innovationCentre() {
        return new NumericalTarget(new TargetCode(3, 2), "価値創造拠点施設の整備", "", Unit.NONE, Direction.MILESTONE,
                PeriodKind.FISCAL_YEAR, new Baseline.State(H30, "未整備"), new TargetValue.State(R6, "整備"),
                Optional.empty(), List.of("未整備", "整備中", "整備"));
    }

    public static Reported figure(String value) {
        return new Reported.Figure(Quantity.exact(value));
    }

    public static Reported state(String state) {
        return new Reported.State(state);
    }

    /** {@code series("R2", figure("1070"), "R3", figure("1083"))}. */
    public static ActualSeries series(Object... yearsAndValues) {
        Map<FiscalYear, Reported> byYear = new TreeMap<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            byYear.put(FiscalYear.parse((String) yearsAndValues[i]), (Reported) yearsAndValues[i + 1]);
        }
        return ActualSeries.of(byYear);
    }
}
