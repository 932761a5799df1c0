package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.util.List;

/** Assertions on the problems a loader reports: one of them, and where it says the mistake is. */
final class LocatedProblems {

    private LocatedProblems() {
    }

    static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    static void assertAt(Problem problem, String file, int line, String field, String messagePart) {
        Location.Line location = (Location.Line) problem.location();
        assertEquals(file, location.file(), problem::describe);
        assertEquals(line, location.line(), problem::describe);
        assertEquals(field, location.field(), problem::describe);
        assertTrue(problem.message().contains(messagePart), problem::describe);
    }
}
