package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The baseline figure a target is graded from, when it is known: the plan's own, a pending one confirmed by a
 * figure reported for the baseline year, or one inherited from another plan's actual once that has come in.
 * An unknown baseline is never guessed: the target is graded N and the reason says what it waits for.
 */
final class BaselineFigure {

    private BaselineFigure() {
    }

    static Optional<BigDecimal> of(NumericalTarget target, ActualSeries actuals, Optional<Reported> inherited) {
        Baseline baseline = target.baseline();
        if (baseline instanceof Baseline.Figure figure) {
            return Optional.of(figure.quantity().value());
        }
        if (baseline instanceof Baseline.Pending pending) {
            return figure(actuals.in(pending.year()));
        }
        if (baseline instanceof Baseline.Inherited) {
            return figure(inherited);
        }
        return Optional.empty();
    }

    /** Why the baseline is not known: {@code 基準値が未確定です（3月公表予定）}. */
    static String unknown(NumericalTarget target, Optional<Reported> inherited) {
        if (target.baseline() instanceof Baseline.Inherited from) {
            String what = from.source() + " の" + from.year().shortCode() + "の実績";
            String why = inherited.isEmpty() ? "がまだありません"
                    : inherited.get() instanceof Reported.Unpublished unpublished ? "が未公表です（" + unpublished.label() + "）"
                    : "が数値ではありません";
            return "基準値が未確定です（引き継ぐ " + what + why + "）";
        }
        String note = target.baseline().note();
        return "基準値が未確定です" + (note.isEmpty() ? "" : "（" + note + "）");
    }

    private static Optional<BigDecimal> figure(Optional<Reported> reported) {
        return reported.filter(Reported.Figure.class::isInstance).map(r -> ((Reported.Figure) r).quantity().value());
    }
}
