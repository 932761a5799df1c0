package io.github.senryaku.model.evaluation;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The actuals (実績値) reported for one target, one per year, in year order. */
public record ActualSeries(SortedMap<FiscalYear, Reported> byYear) {

    public static final ActualSeries NONE = new ActualSeries(new TreeMap<>());

    public ActualSeries {
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    }

    public static ActualSeries of(Map<FiscalYear, Reported> byYear) {
        return new ActualSeries(new TreeMap<>(byYear));
    }

    public Optional<Reported> in(FiscalYear year) {
        return Optional.ofNullable(byYear.get(year));
    }

    /** Actuals of the given year and before: what was known when that year was evaluated. */
    public SortedMap<FiscalYear, Reported> upTo(FiscalYear year) {
        return byYear.headMap(year.plus(1));
    }
}
