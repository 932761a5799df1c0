package io.github.senryaku.model.evaluation;

import java.util.Objects;

/** A grade a rulebook gives: {@code A 達成}, {@code B+ 概ね順調}, {@code N 未評価}. */
public record Grade(String code, String label) {

    public Grade {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    /** {@code A（達成）}. */
    public String display() {
        return code + "（" + label + "）";
    }
}
