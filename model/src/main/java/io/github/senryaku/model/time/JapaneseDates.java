package io.github.senryaku.model.time;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Dates as Japanese documents print them: {@code 令和7年6月30日}, with the first year of an era written 元年. */
public final class JapaneseDates {

    private JapaneseDates() {
    }

    /** {@code 令和元年5月1日}; the era is the one in force on that day (2019-04-30 is still 平成31年). */
    public static String format(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (year == 1 ? "元" : Integer.toString(year))
                + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
