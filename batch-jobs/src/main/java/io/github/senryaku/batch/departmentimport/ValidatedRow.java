package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/** A row after validation: what to stage (none when it has errors) and every problem found in it. */
record ValidatedRow(long ordinal, Optional<Staged> staged, List<Problem> problems) {

    ValidatedRow {
        problems = List.copyOf(problems);
    }
}
