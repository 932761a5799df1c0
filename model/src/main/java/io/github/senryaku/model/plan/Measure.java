package io.github.senryaku.model.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * A measure (具体的な取組) under a policy.
 *
 * @param isNew      marked {@code [新規]} in the plan
 * @param department the owner department (担当課) when the plan names one
 */
public record Measure(MeasureCode code, String title, boolean isNew, Optional<String> department) {

    public Measure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(department, "department");
    }
}
