package io.github.senryaku.model.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/** The condition a band puts on the measured percentage; bands are tried in order. */
public sealed interface Threshold {

    boolean admits(BigDecimal measured, ExpectedProgress expected);

    /** {@code ≥ n}. */
    record AtLeast(BigDecimal percent) implements Threshold {
        public AtLeast {
            Objects.requireNonNull(percent, "percent");
        }

        @Override
        public boolean admits(BigDecimal measured, ExpectedProgress expected) {
            return measured.compareTo(percent) >= 0;
        }
    }

    /** {@code ≥ the expected progress of the year}. */
    record AtLeastExpected() implements Threshold {
        @Override
        public boolean admits(BigDecimal measured, ExpectedProgress expected) {
            return measured.compareTo(expected.percent()) >= 0;
        }
    }

    /** {@code > n}. */
    record Above(BigDecimal percent) implements Threshold {
        public Above {
            Objects.requireNonNull(percent, "percent");
        }

        @Override
        public boolean admits(BigDecimal measured, ExpectedProgress expected) {
            return measured.compareTo(percent) > 0;
        }
    }

    /** Whatever no earlier band took. */
    record Otherwise() implements Threshold {
        @Override
        public boolean admits(BigDecimal measured, ExpectedProgress expected) {
            return true;
        }
    }
}
