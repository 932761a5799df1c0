package io.github.senryaku.reports.format;

import io.github.senryaku.reports.snapshot.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** How budget figures read in the PDF and the HTML edition: thousands of yen and the execution rate. */
public final class MoneyTexts {

    private MoneyTexts() {
    }

    /** {@code 予算額 12,000千円　決算額 10,800千円　執行率 90.0%}, or that no project funds it. */
    public static String budgetLine(Money money) {
        if (money.equals(Money.NONE)) {
            return "予算・決算：該当する事業なし";
        }
        return "予算額 " + thousands(money.budget()) + "　決算額 " + thousands(money.spent()) + "　執行率 " + rate(money);
    }

    /** {@code 12,000千円}. */
    public static String thousands(BigDecimal yen) {
        return String.format(Locale.ROOT, "%,d千円", Money.thousands(yen).longValueExact());
    }

    /** {@code 90.0%}, or {@code －} for a zero budget. */
    public static String rate(Money money) {
        return money.executionRate().map(rate -> rate.toPlainString() + "%").orElse(ShapeTexts.NONE);
    }
}
