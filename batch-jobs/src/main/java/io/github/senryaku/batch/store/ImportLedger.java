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

    /**
     * Ends an import: LANDED or REJECTED, with where the file goes, where it was read from, its counts and the
     * execution that ended it. The file is moved afterwards, and {@link #markFiled} records that it was.
     */
    public static void end(Connection connection, long importId, String status, String storedAs, String sourcePath,
            int actuals, int measures, int warnings, int errors, long executionId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET status = ?, stored_as = ?,"
                + " actual_count = ?, measure_count = ?, warning_count = ?, error_count = ?, job_execution_id = ?,"
                + " finished_at = ?, source_path = ?, filed_at = NULL WHERE id = ?")) {
            update.setString(1, status);
            update.setString(2, storedAs);
            update.setInt(3, actuals);
            update.setInt(4, measures);
            update.setInt(5, warnings);
            update.setInt(6, errors);
            update.setLong(7, executionId);
            update.setTimestamp(8, Timestamp.from(now));
            update.setString(9, sourcePath);
            update.setLong(10, importId);
            update.executeUpdate();
        }
    }

    /** Whether one of these executions began an import of this content that is still STAGING. */
    public static boolean isStagedBy(Connection connection, String sha256, Collection<Long> executionIds)
            throws SQLException {
        if (executionIds.isEmpty()) {
            return false;
        }
        String ids = executionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM import_file WHERE sha256 = ?"
                + " AND status = 'STAGING' AND job_execution_id IN (" + ids + ")")) {
            select.setString(1, sha256);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Records that an ended import's file is where {@code stored_as} says. */
    public static void markFiled(Connection connection, long importId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET filed_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setLong(2, importId);
            update.executeUpdate();
        }
    }

    /** An ended import whose file was not moved yet: a crash came between the commit and the move. */
    public record Unfiled(long importId, String status, String sha256, String sourcePath, String storedAs,
            String originalName) {
    }

    public static List<Unfiled> unfiled(Connection connection) throws SQLException {
        List<Unfiled> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, status, sha256, source_path, stored_as,"
                + " original_name FROM import_file WHERE status IN ('LANDED', 'REJECTED') AND filed_at IS NULL ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                found.add(new Unfiled(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
            }
        }
        return found;
    }

    /** An import begun and not ended: its id and the execution that began it. */
    public record Begun(long importId, long executionId) {
    }

    public static List<Begun> staging(Connection connection) throws SQLException {
        List<Begun> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, job_execution_id FROM import_file WHERE status = 'STAGING' ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                found.add(new Begun(rs.getLong(1), rs.getLong(2)));
            }
        }
        return found;
    }

    /** Marks a begun import ABANDONED (its rows are cleared by the caller). */
    public static void abandon(Connection connection, long importId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET status = ? WHERE id = ?")) {
            update.setString(1, ABANDONED);
            update.setLong(2, importId);
            update.executeUpdate();
        }
    }

    /** The department an import was begun for. */
    public static String department(Connection connection, long importId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT department FROM import_file WHERE id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
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

    /**
     * Problems an ended import keeps in the store, first in file order; the rest are counted
     * ({@code error_count}, {@code warning_count}) and listed in full only in the error workbook written
     * before they are dropped. A million bad rows must not grow the store by their text.
     */
    public static final int KEPT_PROBLEMS = 1_000;

    /** How many errors and warnings an import has. */
    public record Tally(long errors, long warnings) {
        public long total() {
            return errors + warnings;
        }
    }

    /** A row's problems, at the row's ordinal. */
    public record RowProblems(long ordinal, List<Problem> problems) {
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
        insertProblems(connection, importId, List.of(new RowProblems(ordinal, problems)), seq);
    }

    /**
     * Adds the problems of freshly written rows in one batch: a row's ordinal is new to the import (a
     * restarted chunk first discards what it wrote), so its problems are numbered from 1.
     */
    public static void recordRowProblems(Connection connection, long importId, List<RowProblems> rows) throws SQLException {
        if (rows.stream().allMatch(row -> row.problems().isEmpty())) {
            return;
        }
        insertProblems(connection, importId, rows, 0);
    }

    private static void insertProblems(Connection connection, long importId, List<RowProblems> rows, int after)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_problem (import_file_id, ordinal,"
                + " seq, severity, sheet, cell, input, message, hint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RowProblems row : rows) {
                int seq = after;
                for (Problem problem : row.problems()) {
                    insert.setLong(1, importId);
                    insert.setLong(2, row.ordinal());
                    insert.setInt(3, ++seq);
                    insert.setString(4, problem.severity().name());
                    insert.setString(5, clip(problem.location() instanceof Location.Cell cell ? cell.sheet() : "", 100));
                    insert.setString(6, clip(problem.location() instanceof Location.Cell cell ? cell.cell() : "", 16));
                    insert.setString(7, clip(problem.input(), 1000));
                    insert.setString(8, clip(problem.message(), 1000));
                    insert.setString(9, clip(problem.hint(), 1000));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    public static Tally tally(Connection connection, long importId) throws SQLException {
        long errors = 0;
        long warnings = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT severity, COUNT(*) FROM import_problem WHERE import_file_id = ? GROUP BY severity")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (Problem.Severity.ERROR.name().equals(rs.getString(1))) {
                        errors += rs.getLong(2);
                    } else {
                        warnings += rs.getLong(2);
                    }
                }
            }
        }
        return new Tally(errors, warnings);
    }

    /**
     * Drops an ended import's problems beyond the first {@value #KEPT_PROBLEMS} in file order; its counts are
     * recorded by {@link #end}.
     */
    public static void keepFirstProblems(Connection connection, long importId) throws SQLException {
        long ordinal;
        int seq;
        try (PreparedStatement select = connection.prepareStatement("SELECT ordinal, seq FROM import_problem"
                + " WHERE import_file_id = ? ORDER BY ordinal, seq OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY")) {
            select.setLong(1, importId);
            select.setInt(2, KEPT_PROBLEMS);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                ordinal = rs.getLong(1);
                seq = rs.getInt(2);
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM import_problem WHERE import_file_id = ?"
                + " AND (ordinal > ? OR (ordinal = ? AND seq >= ?))")) {
            delete.setLong(1, importId);
            delete.setLong(2, ordinal);
            delete.setLong(3, ordinal);
            delete.setInt(4, seq);
            delete.executeUpdate();
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

    /** The first {@code limit} problems of an import, in file order. */
    public static List<Problem> problems(Connection connection, long importId, String file, int limit) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        eachProblem(connection, importId, file, limit, problems::add);
        return problems;
    }

    /** Hands every problem of an import to {@code sink}, in file order, without holding them all. */
    public static void eachProblem(Connection connection, long importId, String file,
            java.util.function.Consumer<Problem> sink) throws SQLException {
        eachProblem(connection, importId, file, Integer.MAX_VALUE, sink);
    }

    private static void eachProblem(Connection connection, long importId, String file, int limit,
            java.util.function.Consumer<Problem> sink) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT severity, sheet, cell, input, message, hint"
                + " FROM import_problem WHERE import_file_id = ? ORDER BY ordinal, seq")) {
            select.setLong(1, importId);
            select.setMaxRows(limit);
            select.setFetchSize(Math.min(1_000, limit));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new Problem(Problem.Severity.valueOf(rs.getString(1)), new Location.Cell(file,
                            rs.getString(2), rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
    }

    /** Cuts a text to its column, at a code point boundary. */
    private static String clip(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = length - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
