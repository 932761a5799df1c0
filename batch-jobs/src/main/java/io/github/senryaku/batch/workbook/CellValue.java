package io.github.senryaku.batch.workbook;

import java.math.BigDecimal;
import java.util.Objects;

/** A cell's value as stored in the file, before any meaning is given to it. */
public sealed interface CellValue {

    /** As a person would read the cell, for error reports. */
    String display();

    record Text(String text) implements CellValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String display() {
            return text;
        }
    }

    /** A number cell (or a formula's cached number), exact as far as the file's double allows: 1.69, not 1.6899999. */
    record Number(BigDecimal number) implements CellValue {
        public Number {
            Objects.requireNonNull(number, "number");
        }

        static Number ofDouble(double value) {
            BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
            return new Number(exact.scale() < 0 ? exact.setScale(0) : exact);
        }

        @Override
        public String display() {
            return number.toPlainString();
        }
    }

    /**
     * A number cell shown as a date or time: Excel stores 2024/4/1 as the serial number 45383. Never a
     * figure by accident: a date typed into a number column is the department's mistake to hear about.
     */
    record Date(BigDecimal serial) implements CellValue {
        public Date {
            Objects.requireNonNull(serial, "serial");
        }

        /** {@code 2024/4/1}, or {@code 2024/4/1 9:30} with a time; the serial itself when it is no date. */
        @Override
        public String display() {
            double value = serial.doubleValue();
            java.time.LocalDateTime at = org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value)
                    ? org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value) : null;
            if (at == null) {
                return serial.toPlainString();
            }
            String date = at.getYear() + "/" + at.getMonthValue() + "/" + at.getDayOfMonth();
            return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? date
                    : date + " " + at.getHour() + ":" + String.format("%02d", at.getMinute());
        }
    }

    record Bool(boolean value) implements CellValue {
        @Override
        public String display() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** An error value such as {@code #DIV/0!}. */
    record Error(String code) implements CellValue {
        @Override
        public String display() {
            return code;
        }
    }

    /** A formula the file holds no computed value for: the file was written by a tool that does not calculate. */
    record FormulaWithoutValue(String formula) implements CellValue {
        @Override
        public String display() {
            return "=" + formula;
        }
    }
}
