package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value a target is graded on for a year: the year's own figure, the running sum (累計) or mean (平均) of
 * the yearly figures from {@code from} to {@code to}, or the latest survey's figure carried into a year
 * without a survey.
 *
 * @param carried true when the figure is an earlier survey year's ({@code to}), graded in a later year
 */
public record Measured(BigDecimal value, Aggregation aggregation, FiscalYear from, FiscalYear to, boolean carried) {

    public Measured {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    static Measured level(BigDecimal value, FiscalYear year) {
        return new Measured(value, Aggregation.LEVEL, year, year, false);
    }

    static Measured survey(BigDecimal value, FiscalYear surveyYear) {
        return new Measured(value, Aggregation.LEVEL, surveyYear, surveyYear, true);
    }

    /** How many yearly figures went into the value. */
    public int years() {
        return to.yearsSince(from) + 1;
    }

    /**
     * What the value is, as the reports print it beside the figure: empty for the year's own figure,
     * {@code R2調査} for a survey's figure carried forward, {@code R3～R5累計}, {@code R3～R5平均}.
     */
    public String label() {
        if (aggregation == Aggregation.LEVEL) {
            return carried ? to.shortCode() + "調査" : "";
        }
        String span = from.equals(to) ? from.shortCode() : from.shortCode() + "～" + to.shortCode();
        return span + aggregation.japanese();
    }
}
