package io.github.senryaku.reports.format;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** How figures read in every report (text, PDF, Excel): with their unit, their year in 和暦, 未公表 and 未提出 where they are missing. */
public final class Figures {

    private Figures() {
    }

    public static String baseline(NumericalTarget target) {
        Baseline baseline = target.baseline();
        if (baseline instanceof Baseline.None) {
            return ShapeTexts.NEW_INDICATOR;
        }
        String year = "（" + target.periodKind().eraLabel(baseline.year()) + "）";
        if (baseline instanceof Baseline.Figure figure) {
            return target.unit().format(figure.quantity()) + year;
        }
        if (baseline instanceof Baseline.Pending pending) {
            return "未公表" + (pending.note().isEmpty() ? "" : "・" + pending.note()) + year;
        }
        if (baseline instanceof Baseline.Inherited inherited) {
            // The figure is the earlier plan's actual; the evaluation shows it once it has come in.
            return inherited.plan() + " " + inherited.code() + "の実績" + year;
        }
        return ((Baseline.State) baseline).state() + year;
    }

    public static String target(NumericalTarget target) {
        Optional<String> shaped = ShapeTexts.target(target);
        if (shaped.isPresent()) {
            return shaped.get();
        }
        TargetValue value = target.target();
        String year = "（" + target.periodKind().eraLabel(value.year()) + "）";
        if (value instanceof TargetValue.Figure figure) {
            return target.unit().format(figure.quantity()) + year;
        }
        return ((TargetValue.State) value).state() + year;
    }

    public static String actual(TargetEvaluation evaluation) {
        return reported(evaluation.target(), evaluation.actual());
    }

    /**
     * A year's figure as a table shows it: {@code 1,900人}, a milestone's state, 未公表（集計中）, or 未提出. A figure
     * prints with the decimals the plan writes the target with ({@code 66} reported for a target of 66.0 prints
     * {@code 66.0}), or its own when it has more: see {@link #printed}.
     */
    public static String reported(NumericalTarget target, Optional<Reported> reported) {
        if (reported.isEmpty()) {
            return "未提出";
        }
        Reported actual = reported.get();
        if (actual instanceof Reported.Figure figure) {
            return target.unit().format(printed(target, figure.quantity()));
        }
        if (actual instanceof Reported.State state) {
            return state.state();
        }
        return "未公表（" + ((Reported.Unpublished) actual).label() + "）";
    }

    /**
     * The decimals the plan writes a target's figures with: those of its target value or of its baseline
     * figure, whichever has more (0 for a milestone, whose figures are states).
     */
    public static int scale(NumericalTarget target) {
        return target.precision();
    }

    /**
     * A reported figure with the decimals it prints with: the plan's for the target ({@link #scale}) or its
     * own when it has more, so nothing a department reported is rounded away. Only trailing zeros are
     * added; the value is the same.
     */
    public static Quantity printed(NumericalTarget target, Quantity reported) {
        int scale = Math.max(scale(target), reported.value().scale());
        return scale == reported.value().scale() ? reported
                : new Quantity(reported.value().setScale(scale, RoundingMode.UNNECESSARY), reported.approximate());
    }

    /** A projection is shown with one decimal more than the target is written with. */
    public static String projected(NumericalTarget target, BigDecimal value) {
        int scale = ((TargetValue.Figure) target.target()).quantity().value().scale();
        return target.unit().format(new Quantity(value.setScale(Math.max(0, scale) + 1, RoundingMode.HALF_UP), false));
    }
}
