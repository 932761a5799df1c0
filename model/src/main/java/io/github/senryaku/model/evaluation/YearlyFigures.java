package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the value a figure target is graded on from the yearly figures departments report (単年度): the
 * year's own, the running sum, the mean, or the latest survey's. {@link #problem} says first why no value
 * can be made; {@link #measure} may only be asked when it says nothing.
 */
final class YearlyFigures {

    private YearlyFigures() {
    }

    /** Why nothing was reported that can be graded: not submitted, not published, not a figure. */
    static Optional<String> missing(Optional<Reported> actual) {
        if (actual.isEmpty()) {
            return Optional.of("実績が未提出です");
        }
        if (actual.get() instanceof Reported.Unpublished unpublished) {
            return Optional.of("実績値が未公表です（" + unpublished.label() + "）");
        }
        return Optional.empty();
    }

    /** @param baseline the baseline figure in force, which a survey in the baseline year carries forward */
    static Optional<String> problem(NumericalTarget target, ActualSeries actuals, FiscalYear year, Optional<BigDecimal> baseline) {
        if (target.aggregation() != Aggregation.LEVEL && year.isBefore(target.countedFrom())) {
            return Optional.of("数え始めの年度（" + target.countedFrom().shortCode() + "）より前の年です");
        }
        if (target.aggregation() == Aggregation.LEVEL && !target.surveys().isSurveyYear(year) && !isFigure(actuals.in(year))) {
            return surveyProblem(target, actuals, year, baseline);
        }
        Optional<String> own = missing(actuals.in(year)).or(() -> notFigure(actuals.in(year), ""));
        if (own.isPresent() || target.aggregation() != Aggregation.CUMULATIVE) {
            return own;
        }
        for (FiscalYear counted = target.countedFrom(); counted.isBefore(year); counted = counted.plus(1)) {
            Optional<Reported> reported = actuals.in(counted);
            String when = counted.shortCode() + "の";
            Optional<String> gap = missing(reported).map(reason -> when + reason.replace("です", "ため累計を計算できません"))
                    .or(() -> notFigure(reported, when));
            if (gap.isPresent()) {
                return gap;
            }
        }
        return Optional.empty();
    }

    static Measured measure(NumericalTarget target, ActualSeries actuals, FiscalYear year, Optional<BigDecimal> baseline) {
        switch (target.aggregation()) {
            case CUMULATIVE: {
                BigDecimal sum = BigDecimal.ZERO;
                for (FiscalYear counted = target.countedFrom(); !counted.isAfter(year); counted = counted.plus(1)) {
                    sum = sum.add(figure(actuals.in(counted)));
                }
                return new Measured(sum, Aggregation.CUMULATIVE, target.countedFrom(), year, false);
            }
            case AVERAGE: {
                BigDecimal sum = BigDecimal.ZERO;
                int count = 0;
                for (Map.Entry<FiscalYear, Reported> entry : actuals.upTo(year).entrySet()) {
                    if (!entry.getKey().isBefore(target.countedFrom()) && entry.getValue() instanceof Reported.Figure f) {
                        sum = sum.add(f.quantity().value());
                        count++;
                    }
                }
                return new Measured(sum.divide(BigDecimal.valueOf(count), Percent.CONTEXT), Aggregation.AVERAGE,
                        target.countedFrom(), year, false);
            }
            default:
                if (isFigure(actuals.in(year))) {
                    return Measured.level(figure(actuals.in(year)), year);
                }
                return carried(target, actuals, year, baseline).orElseThrow();
        }
    }

    /** In a year without a survey: the latest figure since the last survey year, or the baseline when that is the survey. */
    private static Optional<Measured> carried(NumericalTarget target, ActualSeries actuals, FiscalYear year,
            Optional<BigDecimal> baseline) {
        Optional<FiscalYear> survey = target.surveys().latestUpTo(year);
        if (survey.isEmpty()) {
            return Optional.empty();
        }
        for (FiscalYear y = year; !y.isBefore(survey.get()); y = y.plus(-1)) {
            if (isFigure(actuals.in(y))) {
                return Optional.of(Measured.survey(figure(actuals.in(y)), y));
            }
        }
        if (survey.get().equals(target.baseline().year()) && baseline.isPresent()) {
            return Optional.of(Measured.survey(baseline.get(), survey.get()));
        }
        return Optional.empty();
    }

    private static Optional<String> surveyProblem(NumericalTarget target, ActualSeries actuals, FiscalYear year,
            Optional<BigDecimal> baseline) {
        if (carried(target, actuals, year, baseline).isPresent()) {
            return Optional.empty();
        }
        Optional<FiscalYear> survey = target.surveys().latestUpTo(year);
        if (survey.isEmpty()) {
            return Optional.of("最初の調査年（" + target.surveys().years().get(0).shortCode() + "）より前の年です");
        }
        return missing(actuals.in(survey.get())).map(reason -> survey.get().shortCode() + "調査の" + reason)
                .or(() -> Optional.of(survey.get().shortCode() + "調査の実績が数値ではありません"));
    }

    private static Optional<String> notFigure(Optional<Reported> reported, String when) {
        return reported.filter(r -> !(r instanceof Reported.Figure)).map(r -> when + "実績が数値ではありません");
    }

    private static boolean isFigure(Optional<Reported> reported) {
        return reported.filter(Reported.Figure.class::isInstance).isPresent();
    }

    private static BigDecimal figure(Optional<Reported> reported) {
        return ((Reported.Figure) reported.orElseThrow()).quantity().value();
    }
}
