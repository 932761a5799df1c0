package io.github.senryaku.batch.importing;

import io.github.senryaku.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A row after validation: what to stage (none when it has errors), every problem found in it, and whether
 * an earlier row of the file had the same code and year (the landing then checks the two).
 */
public record ValidatedRow(long ordinal, Optional<Staged> staged, List<Problem> problems, boolean repeatsAKey) {

    public ValidatedRow {
        problems = List.copyOf(problems);
    }

    public ValidatedRow(long ordinal, Optional<Staged> staged, List<Problem> problems) {
        this(ordinal, staged, problems, false);
    }

    public ValidatedRow repeating() {
        return new ValidatedRow(ordinal, staged, problems, true);
    }
}
