package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the finance office's budget and expenditure (事業別予算決算), in yen. A line with no measure
 * funds something outside the strategy (戦略外).
 */
public record BudgetLine(String projectCode, String projectName, Optional<MeasureCode> measure, FiscalYear year,
        BigDecimal budget, BigDecimal spent, String funding) {

    public BudgetLine {
        Objects.requireNonNull(projectCode, "projectCode");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(spent, "spent");
        funding = funding == null ? "" : funding;
    }
}
