package io.github.senryaku.model.time;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A fiscal year (年度) named by the Gregorian year in which it starts: FY2024 runs from 1 April 2024 to
 * 31 March 2025 and is 令和6年度. A target measured per calendar year (暦年) uses the same number for
 * its calendar year; {@link PeriodKind} chooses the wording.
 *
 * <p>The era of a year is the era in force on 31 December of that Gregorian year, which is how
 * administrations name a year an era changed in: 2019 is 令和元年(度), 1989 is 平成元年(度).
 */
public record FiscalYear(int gregorianYear) implements Comparable<FiscalYear> {

    /** The Gregorian calendar was adopted in Japan in 1873 (明治6年); earlier years are not supported. */
    public static final int FIRST_SUPPORTED = 1873;
    public static final int LAST_SUPPORTED = 9999;

    public FiscalYear {
        if (gregorianYear < FIRST_SUPPORTED || gregorianYear > LAST_SUPPORTED) {
            throw new IllegalArgumentException(
                    "year out of range " + FIRST_SUPPORTED + ".." + LAST_SUPPORTED + ": " + gregorianYear);
        }
    }

    public static FiscalYear of(int gregorianYear) {
        return new FiscalYear(gregorianYear);
    }

    /**
     * Reads a year as people type it: {@code R6}, {@code R6年度}, {@code 令和6年度}, {@code 令和６年度},
     * {@code 令和元年度}, {@code H30}, {@code 平成30年度}, {@code 2024}, {@code 2024年度}, {@code FY2024},
     * full-width forms included.
     *
     * @throws YearFormatException quoting the input when it is not a year
     */
    public static FiscalYear parse(String text) {
        return FiscalYearParser.parse(text);
    }

    /** The fiscal year that contains the given date (April starts a new one). */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public FiscalYear plus(int years) {
        return new FiscalYear(gregorianYear + years);
    }

    public int yearsSince(FiscalYear earlier) {
        return gregorianYear - earlier.gregorianYear;
    }

    public boolean isBefore(FiscalYear other) {
        return gregorianYear < other.gregorianYear;
    }

    public boolean isAfter(FiscalYear other) {
        return gregorianYear > other.gregorianYear;
    }

    public JapaneseEra era() {
        return JapaneseDate.from(LocalDate.of(gregorianYear, 12, 31)).getEra();
    }

    /** The year within its era; 1 is written 元. */
    public int yearOfEra() {
        return JapaneseDate.from(LocalDate.of(gregorianYear, 12, 31)).get(java.time.temporal.ChronoField.YEAR_OF_ERA);
    }

    /** {@code 令和6} or {@code 令和元}: the era name and the year within it, as printed before 年 or 年度. */
    public String eraYear() {
        int year = yearOfEra();
        return era().getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (year == 1 ? "元" : Integer.toString(year));
    }

    /** {@code 令和6年度（2024年度）}, the form used in every report. */
    public String label() {
        return eraYear() + "年度（" + gregorianYear + "年度）";
    }

    /** {@code 令和6年度}. */
    public String eraLabel() {
        return eraYear() + "年度";
    }

    /** {@code R6}: the short form departments type; 元年 is written 1 here, as in {@code R1}. */
    public String shortCode() {
        return era().getDisplayName(TextStyle.NARROW, Locale.ENGLISH) + yearOfEra();
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(gregorianYear, other.gregorianYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
