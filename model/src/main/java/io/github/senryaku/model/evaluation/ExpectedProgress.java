package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Expected progress (期待値) for a year: how far along the straight path from the baseline year (0 %) to
 * the target year (100 %) the year lies. Years before the baseline expect 0 %, years after the target 100 %.
 */
public record ExpectedProgress(BigDecimal percent) {

    public ExpectedProgress {
        Objects.requireNonNull(percent, "percent");
    }

    public static ExpectedProgress at(FiscalYear baselineYear, FiscalYear targetYear, FiscalYear year) {
        int span = targetYear.yearsSince(baselineYear);
        int done = Math.max(0, Math.min(span, year.yearsSince(baselineYear)));
        return new ExpectedProgress(Percent.of(BigDecimal.valueOf(done), BigDecimal.valueOf(span)));
    }

    /** The figure on the straight path in that year: baseline + (target − baseline) × progress. */
    public BigDecimal valueOnPath(BigDecimal baseline, BigDecimal target) {
        return baseline.add(target.subtract(baseline).multiply(percent).divide(Percent.HUNDRED, Percent.CONTEXT));
    }

    public boolean isZero() {
        return percent.signum() == 0;
    }

    public BigDecimal rounded() {
        return percent.setScale(2, RoundingMode.HALF_UP);
    }

    public String format() {
        return Percent.format(percent);
    }
}
