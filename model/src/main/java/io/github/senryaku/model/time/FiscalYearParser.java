package io.github.senryaku.model.time;

import java.time.DateTimeException;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.text.Normalizer;
import java.util.stream.Collectors;

/**
 * Reads the ways people type a year. Input is NFKC-normalised first, so full-width digits and letters
 * (令和６年度, Ｒ６) read like their ASCII forms. Era names and their one-letter abbreviations come from
 * {@link JapaneseEra}, so a future era is understood without a change here.
 */
final class FiscalYearParser {

    private static final Pattern GREGORIAN = Pattern.compile("(?:FY)?(\\d{4})(?:\\.0+)?(?:年度|年)?");
    private static final Pattern ERA = Pattern.compile(
            "(" + eraAlternatives() + ")\\.?(\\d{1,3}|元)(?:年度|年)?");

    private FiscalYearParser() {
    }

    static FiscalYear parse(String text) {
        if (text == null || text.isBlank()) {
            throw new YearFormatException(text == null ? "" : text, "空欄です");
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
        Matcher gregorian = GREGORIAN.matcher(normalized);
        if (gregorian.matches()) {
            return gregorian(text, Integer.parseInt(gregorian.group(1)));
        }
        Matcher era = ERA.matcher(normalized);
        if (era.matches()) {
            int yearOfEra = "元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2));
            return fromEra(text, eraNamed(era.group(1)), yearOfEra);
        }
        throw new YearFormatException(text, "");
    }

    private static FiscalYear gregorian(String text, int year) {
        if (year < FiscalYear.FIRST_SUPPORTED) {
            throw new YearFormatException(text, FiscalYear.FIRST_SUPPORTED + "年より前の年は扱えません");
        }
        return new FiscalYear(year);
    }

    private static FiscalYear fromEra(String text, JapaneseEra era, int yearOfEra) {
        String name = era.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
        if (yearOfEra < 1) {
            throw new YearFormatException(text, name + "0年はありません。最初の年は" + name + "元年です");
        }
        try {
            return gregorian(text, JapaneseChronology.INSTANCE.prolepticYear(era, yearOfEra));
        } catch (DateTimeException outsideTheEra) {
            // Documents written before an era was named carry years such as 平成32年度; say what they mean.
            int meant = JapaneseChronology.INSTANCE.prolepticYear(era, 1) + yearOfEra - 1;
            Optional<JapaneseEra> next = next(era);
            String lastYear = next.map(n -> (JapaneseChronology.INSTANCE.prolepticYear(n, 1)
                    - JapaneseChronology.INSTANCE.prolepticYear(era, 1) + 1) + "年まで").orElse("範囲外");
            String hint = meant <= FiscalYear.LAST_SUPPORTED && meant >= FiscalYear.FIRST_SUPPORTED
                    ? "。" + meant + "年度なら" + new FiscalYear(meant).eraLabel() + "と書いてください" : "";
            throw new YearFormatException(text, name + "は" + lastYear + "です" + hint);
        }
    }

    private static Optional<JapaneseEra> next(JapaneseEra era) {
        return Arrays.stream(JapaneseEra.values()).filter(e -> e.getValue() == era.getValue() + 1).findFirst();
    }

    private static JapaneseEra eraNamed(String name) {
        return Arrays.stream(JapaneseEra.values())
                .filter(era -> name.equals(era.getDisplayName(TextStyle.FULL, Locale.JAPANESE))
                        || name.equals(era.getDisplayName(TextStyle.NARROW, Locale.ENGLISH)))
                .findFirst()
                .orElseThrow();
    }

    private static String eraAlternatives() {
        return Arrays.stream(JapaneseEra.values())
                .flatMap(era -> java.util.stream.Stream.of(
                        era.getDisplayName(TextStyle.FULL, Locale.JAPANESE),
                        era.getDisplayName(TextStyle.NARROW, Locale.ENGLISH)))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
