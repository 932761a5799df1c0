package io.github.senryaku.cli;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * A {@code --year} the plan has nothing for. {@code plan show} and {@code report} evaluate the plan, so they
 * take only the plan's period; {@code status} and the department's {@code template} also serve the other
 * years a target is reported for — from its baseline year (a pending baseline is confirmed by that year's
 * figure) to its target year — and refuse only a year no target spans.
 */
final class PlanYears {

    private PlanYears() {
    }

    /** {@code 令和12年度（2030年度）は計画の期間（令和2年度（2020年度）～令和6年度（2024年度））の外です。}, if it is. */
    static Optional<String> outsidePeriod(StrategyPlan plan, FiscalYear year) {
        return plan.period().contains(year) ? Optional.empty() : Optional.of(message(plan.period(), year));
    }

    /** As {@link #outsidePeriod}, unless a target is reported for the year; then names the years that can be. */
    static Optional<String> nothingToReport(StrategyPlan plan, FiscalYear year) {
        if (plan.period().contains(year) || plan.targets().anyMatch(target -> reportedIn(target, year))) {
            return Optional.empty();
        }
        PlanPeriod period = plan.period();
        FiscalYear first = plan.targets().map(NumericalTarget::firstYearDue).filter(y -> y.isBefore(period.from()))
                .min(FiscalYear::compareTo).orElse(period.from());
        FiscalYear last = plan.targets().map(t -> t.target().year()).filter(y -> y.isAfter(period.to()))
                .max(FiscalYear::compareTo).orElse(period.to());
        String spans = first.equals(period.from()) && last.equals(period.to()) ? ""
                : "数値目標の実績を報告できるのは" + first.label() + "～" + last.label() + "です。";
        return Optional.of(message(period, year) + spans);
    }

    /** Prints the message (exit 1) and returns true when there is one. */
    static boolean refused(Optional<String> message, PrintWriter err) {
        message.ifPresent(err::println);
        return message.isPresent();
    }

    private static boolean reportedIn(NumericalTarget target, FiscalYear year) {
        return !year.isBefore(target.firstYearDue()) && !year.isAfter(target.target().year());
    }

    private static String message(PlanPeriod period, FiscalYear year) {
        return year.label() + "は計画の期間（" + period.label() + "）の外です。";
    }
}
