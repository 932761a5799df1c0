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
