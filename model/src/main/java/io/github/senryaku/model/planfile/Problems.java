package io.github.senryaku.model.planfile;

import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one file so far. */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, String field, String input, String message, String hint) {
        found.add(Problem.error(new Location.Line(file, line, field), input, message, hint));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<Problem> all() {
        return List.copyOf(found);
    }

    void throwIfAny() throws InvalidFileException {
        if (!found.isEmpty()) {
            throw new InvalidFileException(found);
        }
    }
}
