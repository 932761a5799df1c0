package io.github.senryaku.reports.text;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures read in reports: with their unit, their year in 和暦, 未公表 and 未提出 where they are missing. */
final class Figures {

    private Figures() {
    }

    static String baseline(NumericalTarget target) {
        Baseline baseline = target.baseline();
        String year = "（" + target.periodKind().eraLabel(baseline.year()) + "）";
        if (baseline instanceof Baseline.Figure figure) {
            return target.unit().format(figure.quantity()) + year;
        }
        if (baseline instanceof Baseline.Pending pending) {
            return "未公表" + (pending.note().isEmpty() ? "" : "・" + pending.note()) + year;
        }
        return ((Baseline.State) baseline).state() + year;
    }

    static String target(NumericalTarget target) {
        TargetValue value = target.target();
        String year = "（" + target.periodKind().eraLabel(value.year()) + "）";
        if (value instanceof TargetValue.Figure figure) {
            return target.unit().format(figure.quantity()) + year;
        }
        return ((TargetValue.State) value).state() + year;
    }

    static String actual(TargetEvaluation evaluation) {
        if (evaluation.actual().isEmpty()) {
            return "未提出";
        }
        Reported actual = evaluation.actual().get();
        if (actual instanceof Reported.Figure figure) {
            return evaluation.target().unit().format(figure.quantity());
        }
        if (actual instanceof Reported.State state) {
            return state.state();
        }
        return "未公表（" + ((Reported.Unpublished) actual).label() + "）";
    }

    /** A projection is shown with one decimal more than the target is written with. */
    static String projected(NumericalTarget target, BigDecimal value) {
        int scale = ((TargetValue.Figure) target.target()).quantity().value().scale();
        return target.unit().format(new Quantity(value.setScale(Math.max(0, scale) + 1, RoundingMode.HALF_UP), false));
    }
}
