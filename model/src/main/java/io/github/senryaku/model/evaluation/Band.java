package io.github.senryaku.model.evaluation;

import java.util.Objects;

/** One line of a rulebook: the grade given when the threshold admits, and the rule in words. */
public record Band(Grade grade, Threshold threshold, String description) {

    public Band {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(description, "description");
    }
}
