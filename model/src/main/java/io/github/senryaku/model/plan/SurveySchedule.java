package io.github.senryaku.model.plan;

import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Optional;

/**
 * The years an indicator is measured in, for one measured only by a survey (国勢調査 every 5 years, a
 * 市民意識調査 every 2–3 years). An empty schedule means every year.
 */
public record SurveySchedule(List<FiscalYear> years) {

    public static final SurveySchedule EVERY_YEAR = new SurveySchedule(List.of());

    public SurveySchedule {
        years = years.stream().distinct().sorted().toList();
    }

    public boolean everyYear() {
        return years.isEmpty();
    }

    /** Whether a figure is due in that year. */
    public boolean isSurveyYear(FiscalYear year) {
        return everyYear() || years.contains(year);
    }

    /** The latest survey year at or before the year; the year itself when every year is measured. */
    public Optional<FiscalYear> latestUpTo(FiscalYear year) {
        if (everyYear()) {
            return Optional.of(year);
        }
        return years.stream().filter(y -> !y.isAfter(year)).reduce((a, b) -> b);
    }
}
