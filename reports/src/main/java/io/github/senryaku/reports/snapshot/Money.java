package io.github.senryaku.reports.snapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Budget (予算額) and spending (決算額) summed over budget lines, in yen, with the execution rate (執行率). */
public record Money(BigDecimal budget, BigDecimal spent) {

    public static final Money NONE = new Money(BigDecimal.ZERO, BigDecimal.ZERO);

    public Money plus(BudgetLine line) {
        return new Money(budget.add(line.budget()), spent.add(line.spent()));
    }

    public Money plus(Money other) {
        return new Money(budget.add(other.budget()), spent.add(other.spent()));
    }

    /** 執行率 in percent, one decimal; none for a zero budget. */
    public Optional<BigDecimal> executionRate() {
        if (budget.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(spent.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP));
    }

    /** In thousands of yen (千円), as Japanese municipal reports print budgets. */
    public static BigDecimal thousands(BigDecimal yen) {
        return yen.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP);
    }
}
