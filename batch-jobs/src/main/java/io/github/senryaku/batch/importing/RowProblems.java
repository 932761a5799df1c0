package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.importing.ReportSheet.Column;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** The problems of one row, each located at the cell of its column. */
public final class RowProblems {

    private final String file;
    private final ReportRow row;
    private final List<Problem> found = new ArrayList<>();

    public RowProblems(String file, ReportRow row) {
        this.file = file;
        this.row = row;
    }

    public void error(Column column, String input, String message, String hint) {
        found.add(Problem.error(location(column), input, message, hint));
    }

    public void warning(Column column, String input, String message, String hint) {
        found.add(new Problem(Problem.Severity.WARNING, location(column), input, message, hint));
    }

    private Location location(Column column) {
        return new Location.Cell(file, row.sheet(), row.reference(column));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public List<Problem> all() {
        return found;
    }
}
