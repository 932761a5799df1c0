package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.imports.ReportSheet.Column;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** The problems of one row, each located at the cell of its column. */
final class RowProblems {

    private final String file;
    private final ReportRow row;
    private final List<Problem> found = new ArrayList<>();

    RowProblems(String file, ReportRow row) {
        this.file = file;
        this.row = row;
    }

    void error(Column column, String input, String message, String hint) {
        found.add(Problem.error(location(column), input, message, hint));
    }

    void warning(Column column, String input, String message, String hint) {
        found.add(new Problem(Problem.Severity.WARNING, location(column), input, message, hint));
    }

    private Location location(Column column) {
        return new Location.Cell(file, row.sheet(), row.reference(column));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    List<Problem> all() {
        return found;
    }
}
