package io.github.senryaku.model.evaluation;

import java.util.Objects;

/** A grade with the reason it was given, in words a council member reads. */
public record GradeResult(Grade grade, String reason) {

    public GradeResult {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(reason, "reason");
    }
}
