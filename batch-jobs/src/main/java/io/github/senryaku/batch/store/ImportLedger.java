package io.github.senryaku.batch.store;

import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The record of every import ({@code import_file}): begun (STAGING), landed, or sent back, with the
 * problems found. Only one process writes it at a time (the data-folder lock).
 */
public final class ImportLedger {

    public static final String STAGING = "STAGING";
    /** Sources of an import: a department's report or the finance office's budget workbook. */
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String FINANCE = "FINANCE";
    public static final String LANDED = "LANDED";
    public static final String REJECTED = "REJECTED";
    /** Begun, interrupted, and its file gone: its rows were cleared. */
    public static final String ABANDONED = "ABANDONED";

    /** How an import ended, as recorded. */
    public record Outcome(Kind kind, long importId, String originalName, String storedAs, String department,
            int actuals, int measures, int warnings, int errors, long executionId, Instant at, int budgetLines) {
        public enum Kind { LANDED, REJECTED }
    }

    private ImportLedger() {
    }

    public static boolean isLanded(Connection connection, String sha256) throws SQLException {
        return find(connection, sha256, LANDED).isPresent();
    }

    /** The import of this content with this status, the latest if several. */
    public static Optional<Long> find(Connection connection, String sha256, String status) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(id) FROM import_file WHERE sha256 = ? AND status = ?")) {
            select.setString(1, sha256);
            select.setString(2, status);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(id);
            }
        }
    }

    /** Records an import that has begun; its rows stay invisible until it lands. */
    public static long begin(Connection connection, String sha256, String originalName, String department, long size,
            long executionId, Instant now) throws SQLException {
        return begin(connection, sha256, originalName, department, size, executionId, now, DEPARTMENT);
    }

    /** As {@link #begin(Connection, String, String, String, long, long, Instant)}, for a source: DEPARTMENT or FINANCE. */
    public static long begin(Connection connection, String sha256, String originalName, String department, long size,
            long executionId, Instant now, String source) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_file (sha256, status,"
                + " original_name, department, size_bytes, actual_count, measure_count, warning_count, error_count,"
                + " job_execution_id, started_at, source) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(8, source);
            insert.setString(1, sha256);
            insert.setString(2, STAGING);
            insert.setString(3, originalName);
            insert.setString(4, department);
            insert.setLong(5, size);
            insert.setLong(6, executionId);
            insert.setTimestamp(7, Timestamp.from(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Ends an import: LANDED or REJECTED, with where the file went, its counts and the execution that ended it. */
    public static void end(Connection connection, long importId, String status, String storedAs, int actuals,
            int measures, int warnings, int errors, long executionId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET status = ?, stored_as = ?,"
                + " actual_count = ?, measure_count = ?, warning_count = ?, error_count = ?, job_execution_id = ?,"
                + " finished_at = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setString(2, storedAs);
            update.setInt(3, actuals);
            update.setInt(4, measures);
            update.setInt(5, warnings);
            update.setInt(6, errors);
            update.setLong(7, executionId);
            update.setTimestamp(8, Timestamp.from(now));
            update.setLong(9, importId);
            update.executeUpdate();
        }
    }

    /** Records how many budget lines a finance import landed. */
    public static void countBudgetLines(Connection connection, long importId, int lines) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET budget_count = ? WHERE id = ?")) {
            update.setInt(1, lines);
            update.setLong(2, importId);
            update.executeUpdate();
        }
    }

    /** Notes that the import may hold a code and year twice, so its landing must check. */
    public static void markMayRepeat(Connection connection, long importId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET may_repeat = TRUE WHERE id = ?")) {
            update.setLong(1, importId);
            update.executeUpdate();
        }
    }

    /** Whether the import was marked by {@link #markMayRepeat}. */
    public static boolean mayRepeat(Connection connection, long importId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT may_repeat FROM import_file WHERE id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Adds problems at an ordinal (0: the file as a whole), after any already there. */
    public static void recordProblems(Connection connection, long importId, long ordinal, List<Problem> problems)
            throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        int seq;
        try (PreparedStatement max = connection.prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) FROM import_problem WHERE import_file_id = ? AND ordinal = ?")) {
            max.setLong(1, importId);
            max.setLong(2, ordinal);
            try (ResultSet rs = max.executeQuery()) {
                rs.next();
                seq = rs.getInt(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_problem (import_file_id, ordinal,"
                + " seq, severity, sheet, cell, input, message, hint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Problem problem : problems) {
                insert.setLong(1, importId);
                insert.setLong(2, ordinal);
                insert.setInt(3, ++seq);
                insert.setString(4, problem.severity().name());
                insert.setString(5, problem.location() instanceof Location.Cell cell ? cell.sheet() : "");
                insert.setString(6, problem.location() instanceof Location.Cell cell ? cell.cell() : "");
                insert.setString(7, clip(problem.input()));
                insert.setString(8, clip(problem.message()));
                insert.setString(9, clip(problem.hint()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The recorded outcome of the import these executions ended, if they ended one. */
    public static Optional<Outcome> outcome(Connection connection, Collection<Long> executionIds) throws SQLException {
        if (executionIds.isEmpty()) {
            return Optional.empty();
        }
        String ids = executionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement select = connection.prepareStatement("SELECT id, status, original_name, stored_as,"
                + " department, actual_count, measure_count, warning_count, error_count, job_execution_id, finished_at,"
                + " budget_count FROM import_file WHERE status IN ('LANDED', 'REJECTED') AND job_execution_id IN (" + ids + ")"
                + " ORDER BY id DESC");
                ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Outcome(Outcome.Kind.valueOf(rs.getString(2)), rs.getLong(1), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                    rs.getLong(10), rs.getTimestamp(11).toInstant(), rs.getInt(12)));
        }
    }

    /** The problems of an import, in file order. */
    public static List<Problem> problems(Connection connection, long importId, String file) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT severity, sheet, cell, input, message, hint"
                + " FROM import_problem WHERE import_file_id = ? ORDER BY ordinal, seq")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    problems.add(new Problem(Problem.Severity.valueOf(rs.getString(1)), new Location.Cell(file,
                            rs.getString(2), rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return problems;
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
