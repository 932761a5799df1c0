package io.github.senryaku.model.planfile;

import io.github.senryaku.model.problem.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A configuration file that cannot be used, with every problem found in it. */
public final class InvalidFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
