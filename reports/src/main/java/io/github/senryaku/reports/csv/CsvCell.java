package io.github.senryaku.reports.csv;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One field of a CSV row. The type belongs to the cell, not the column: 基準値 is a number for a figure and
 * a text for a milestone state. Text is neutralised against formula injection by {@link CsvWriter}; a
 * number is written as it is, so {@code -3.5} stays a number a spreadsheet can add up.
 */
public sealed interface CsvCell {

    CsvCell EMPTY = new Text("");

    static CsvCell text(String value) {
        return new Text(value);
    }

    static CsvCell number(BigDecimal value) {
        return new Numeric(value);
    }

    static CsvCell number(long value) {
        return new Numeric(BigDecimal.valueOf(value));
    }

    /** Text from the plan, a department's workbook or a file name: anything a person typed. */
    record Text(String value) implements CsvCell {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number: only digits, a sign and a point reach the file ({@link BigDecimal#toPlainString()}). */
    record Numeric(BigDecimal value) implements CsvCell {
        public Numeric {
            Objects.requireNonNull(value, "value");
        }
    }
}
