package io.github.senryaku.reports.format;

import io.github.senryaku.model.evaluation.Measured;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.InterimValue;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the target shapes beyond a yearly level read in every report, so the PDF, the workbook and the text
 * say the same: no baseline (－（新規）, never 0), every-year, trend and maintain targets, interim targets,
 * and the value graded when it is not the year's own figure (R3～R5累計 155人, R2調査 60.0%).
 */
public final class ShapeTexts {

    /** A new indicator's baseline: there is none, and 0 would be a false figure. */
    public static final String NEW_INDICATOR = "－（新規）";
    /** Where a figure is not due (a year without a survey) or a rate does not apply. */
    public static final String NONE = "－";
    public static final String AGAINST_INTERIM = "中間目標に対する達成率";

    private ShapeTexts() {
    }

    /**
     * The target of an every-year, trend or maintain target ({@code 毎年度 100件}, {@code 令和4年度から毎年度 0人},
     * {@code 増加（令和8年度）}, {@code 100,000人を維持（許容幅2%、令和8年度）}); none for the other shapes.
     */
    public static Optional<String> target(NumericalTarget target) {
        TargetValue value = target.target();
        if (value instanceof TargetValue.EachYear each) {
            return Optional.of(eachYear(target) + target.unit().format(each.quantity()));
        }
        String year = target.periodKind().eraLabel(value.year());
        if (value instanceof TargetValue.Trend trend) {
            return Optional.of(trendWord(target) + "（" + year + "）");
        }
        if (target.direction() == Direction.MAINTAIN && value instanceof TargetValue.Figure figure) {
            String tolerance = target.tolerance().map(t -> "許容幅" + t.stripTrailingZeros().toPlainString() + "%、").orElse("");
            return Optional.of(target.unit().format(figure.quantity()) + "を維持（" + tolerance + year + "）");
        }
        return Optional.empty();
    }

    /**
     * What goes before an every-year target's value: {@code 毎年度 }, or {@code 令和4年度から毎年度 } when the plan
     * starts grading it later than the year after its baseline.
     */
    public static String eachYear(NumericalTarget target) {
        boolean later = !target.countedFrom().equals(target.baseline().year().plus(1));
        return (later ? target.periodKind().eraLabel(target.countedFrom()) + "から" : "") + "毎年度 ";
    }

    /** What goes after a maintain target's level: {@code を維持（許容幅2%）}. */
    public static String maintain(NumericalTarget target) {
        return "を維持" + target.tolerance().map(t -> "（許容幅" + t.stripTrailingZeros().toPlainString() + "%）").orElse("");
    }

    /** The word of a trend target: the plan's note when it gives one (向上), else the direction (増加, 減少). */
    public static String trendWord(NumericalTarget target) {
        String note = target.target().note();
        return note.isEmpty() ? target.direction().japanese() : note;
    }

    /** The interim targets (中間目標) as one line: {@code 令和5年度 150人、令和7年度 250人}; empty when none. */
    public static String interim(NumericalTarget target) {
        return target.interim().stream().map(value -> interim(target, value)).collect(Collectors.joining("、"));
    }

    public static String interim(NumericalTarget target, InterimValue value) {
        return target.periodKind().eraLabel(value.year()) + " " + target.unit().format(value.quantity());
    }

    /** The value graded with its unit: a mean with one decimal more than the target is written with. */
    public static String measuredValue(NumericalTarget target, Measured measured) {
        return target.unit().format(new Quantity(measuredFigure(target, measured), false));
    }

    /** The value graded as a number printed: a sum or a carried figure as it is, a mean rounded. */
    public static BigDecimal measuredFigure(NumericalTarget target, Measured measured) {
        if (measured.aggregation() == Aggregation.AVERAGE) {
            return measured.value().setScale(target.precision() + 1, RoundingMode.HALF_UP);
        }
        return measured.value();
    }

    /**
     * The value graded with what it is, when it is not the year's own figure: {@code R3～R5累計 155人},
     * {@code R3～R5平均 29.7件}, {@code R2調査 60.0%}.
     */
    public static Optional<String> measured(TargetEvaluation evaluation) {
        return evaluation.measured().filter(m -> !m.label().isEmpty())
                .map(m -> m.label() + " " + measuredValue(evaluation.target(), m));
    }

    /**
     * A year's own figure as a table cell shows it, with {@code －} for a year whose figure is not due (a year
     * without a survey) and nothing was reported, where {@link Figures#reported} would say 未提出.
     */
    public static String yearFigure(NumericalTarget target, FiscalYear year, Optional<Reported> reported) {
        if (reported.isEmpty() && !target.isDue(year)) {
            return NONE;
        }
        return Figures.reported(target, reported);
    }

    /**
     * The year's figure and, when the value graded is another, that value with its label:
     * {@code 55人（R3～R5累計 155人）}, {@code －（R2調査 100,000人）}.
     */
    public static String actualAndMeasured(TargetEvaluation evaluation) {
        String actual = yearFigure(evaluation.target(), evaluation.year(), evaluation.actual());
        return actual + measured(evaluation).map(m -> "（" + m + "）").orElse("");
    }

    /** 達成率, saying when it is measured against an interim target; {@code －} when there is none. */
    public static String rate(TargetEvaluation evaluation) {
        return evaluation.rate().map(rate -> rate.format()
                + (evaluation.against().isPresent() ? "（" + AGAINST_INTERIM + "）" : "")).orElse(NONE);
    }

    /** 期待値, or {@code －} where the evaluation has none (a trend, a milestone, nothing to grade). */
    public static String expected(TargetEvaluation evaluation) {
        return evaluation.expected().map(e -> e.format()).orElse(NONE);
    }
}
