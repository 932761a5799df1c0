package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** The fiscal years a plan runs, both ends included: 令和2年度–令和6年度. */
public record PlanPeriod(FiscalYear from, FiscalYear to) {

    public PlanPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + "–" + to);
        }
    }

    public boolean contains(FiscalYear year) {
        return !year.isBefore(from) && !year.isAfter(to);
    }

    public List<FiscalYear> years() {
        return IntStream.rangeClosed(from.gregorianYear(), to.gregorianYear()).mapToObj(FiscalYear::of).toList();
    }

    /** {@code 令和2年度（2020年度）～令和6年度（2024年度）}. */
    public String label() {
        return from.label() + "～" + to.label();
    }
}
