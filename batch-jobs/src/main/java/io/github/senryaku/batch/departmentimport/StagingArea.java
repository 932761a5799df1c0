package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a file being imported, kept in the store until the whole file has been read and checked.
 * Rows are keyed by the file's SHA-256 and the reader's ordinal: staging a chunk again (after a restart)
 * replaces its rows instead of adding them twice.
 */
final class StagingArea {

    /** Ordinal of problems about the file or a sheet rather than a row. */
    static final long FILE_LEVEL = 0;

    private final String sha256;

    StagingArea(String sha256) {
        this.sha256 = sha256;
    }

    /** Starts the file afresh: drops whatever an earlier, unfinished run staged for the same content. */
    void reset(Connection connection, String originalName, String department, long size, long executionId)
            throws SQLException {
        sweepLanded(connection);
        clear(connection);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO staged_file (sha256, original_name, department, size_bytes, job_execution_id) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, sha256);
            insert.setString(2, originalName);
            insert.setString(3, department);
            insert.setLong(4, size);
            insert.setLong(5, executionId);
            insert.executeUpdate();
        }
    }

    /**
     * Empties the file's staging area. When it is the only file staged — the usual case, since one process
     * imports one file at a time — the tables are truncated: deleting a million rows one by one takes H2
     * half a minute. TRUNCATE commits in H2, so call this outside the landing transaction.
     */
    void clear(Connection connection) throws SQLException {
        boolean alone;
        try (PreparedStatement others = connection.prepareStatement("SELECT 1 FROM staged_file WHERE sha256 <> ?")) {
            others.setString(1, sha256);
            others.setMaxRows(1);
            try (ResultSet rs = others.executeQuery()) {
                alone = !rs.next();
            }
        }
        for (String table : List.of("staged_actual", "staged_measure", "staged_problem", "staged_file")) {
            if (alone) {
                try (java.sql.Statement truncate = connection.createStatement()) {
                    truncate.execute("TRUNCATE TABLE " + table);
                }
            } else {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE sha256 = ?")) {
                    delete.setString(1, sha256);
                    delete.executeUpdate();
                }
            }
        }
    }

    /** Drops what was staged for files that have landed since: a crash between landing and clearing leaves it. */
    static void sweepLanded(Connection connection) throws SQLException {
        for (String table : List.of("staged_actual", "staged_measure", "staged_problem", "staged_file")) {
            try (java.sql.Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM " + table + " WHERE sha256 IN (SELECT sha256 FROM import_file)");
            }
        }
    }

    /** Stages a chunk of validated rows, replacing any rows staged before with the same ordinals. */
    void stage(Connection connection, List<ValidatedRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        long first = rows.get(0).ordinal();
        long last = rows.get(rows.size() - 1).ordinal();
        for (String table : List.of("staged_actual", "staged_measure", "staged_problem")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE sha256 = ? AND ordinal BETWEEN ? AND ?")) {
                delete.setString(1, sha256);
                delete.setLong(2, first);
                delete.setLong(3, last);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement actual = connection.prepareStatement("INSERT INTO staged_actual (sha256, ordinal, target_code,"
                + " fiscal_year, figure, figure_scale, state, approximate, published, unpublished_label, remark, sheet, cell)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement measure = connection.prepareStatement("INSERT INTO staged_measure (sha256, ordinal,"
                        + " measure_code, fiscal_year, status, content, result, issue, direction, sheet, row_number, cell)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ValidatedRow row : rows) {
                if (row.staged().isPresent() && row.staged().get() instanceof Staged.Actual a) {
                    bindActual(actual, a);
                    actual.addBatch();
                } else if (row.staged().isPresent() && row.staged().get() instanceof Staged.Measure m) {
                    bindMeasure(measure, m);
                    measure.addBatch();
                }
            }
            actual.executeBatch();
            measure.executeBatch();
        }
        for (ValidatedRow row : rows) {
            addProblems(connection, row.ordinal(), row.problems());
        }
    }

    void addProblems(Connection connection, long ordinal, List<Problem> problems) throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staged_problem (sha256, ordinal, seq,"
                + " severity, sheet, cell, input, message, hint) VALUES (?, ?, "
                + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM staged_problem WHERE sha256 = ? AND ordinal = ?), ?, ?, ?, ?, ?, ?)")) {
            for (Problem problem : problems) {
                Location.Cell cell = (Location.Cell) problem.location();
                insert.setString(1, sha256);
                insert.setLong(2, ordinal);
                insert.setString(3, sha256);
                insert.setLong(4, ordinal);
                insert.setString(5, problem.severity().name());
                insert.setString(6, cell.sheet());
                insert.setString(7, cell.cell());
                insert.setString(8, clip(problem.input()));
                insert.setString(9, clip(problem.message()));
                insert.setString(10, clip(problem.hint()));
                insert.executeUpdate();
            }
        }
    }

    /** Every problem staged for the file, in the order of the file. */
    List<Problem> problems(Connection connection, String file) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT severity, sheet, cell, input, message, hint"
                + " FROM staged_problem WHERE sha256 = ? ORDER BY ordinal, seq")) {
            select.setString(1, sha256);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    problems.add(ImportLedger.problem(rs, file));
                }
            }
        }
        return problems;
    }

    String sha256() {
        return sha256;
    }

    private void bindActual(PreparedStatement insert, Staged.Actual a) throws SQLException {
        insert.setString(1, sha256);
        insert.setLong(2, a.ordinal());
        insert.setString(3, a.code().text());
        insert.setInt(4, a.year().gregorianYear());
        bindReported(insert, 5, a.reported());
        insert.setString(11, a.remark());
        insert.setString(12, a.sheet());
        insert.setString(13, a.cell());
    }

    /** Binds figure, figure_scale, state, approximate, published, unpublished_label from index {@code at}. */
    static void bindReported(PreparedStatement insert, int at, Reported reported) throws SQLException {
        Quantity quantity = reported instanceof Reported.Figure f ? f.quantity() : null;
        if (quantity != null) {
            insert.setBigDecimal(at, quantity.value());
            insert.setInt(at + 1, quantity.value().scale());
        } else {
            insert.setNull(at, Types.NUMERIC);
            insert.setNull(at + 1, Types.INTEGER);
        }
        insert.setString(at + 2, reported instanceof Reported.State s ? s.state() : null);
        insert.setBoolean(at + 3, quantity != null && quantity.approximate());
        insert.setBoolean(at + 4, !(reported instanceof Reported.Unpublished));
        insert.setString(at + 5, reported instanceof Reported.Unpublished u ? u.label() : null);
    }

    private void bindMeasure(PreparedStatement insert, Staged.Measure m) throws SQLException {
        insert.setString(1, sha256);
        insert.setLong(2, m.ordinal());
        insert.setString(3, m.code().text());
        insert.setInt(4, m.year().gregorianYear());
        insert.setString(5, m.status());
        insert.setString(6, m.content());
        insert.setString(7, m.result());
        insert.setString(8, m.issue());
        insert.setString(9, m.direction());
        insert.setString(10, m.sheet());
        insert.setInt(11, m.rowNumber());
        insert.setString(12, m.cell());
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
