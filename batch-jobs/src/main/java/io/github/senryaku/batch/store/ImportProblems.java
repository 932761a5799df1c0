package io.github.senryaku.batch.store;

import io.github.senryaku.batch.importing.RowProblems;

import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The problems found in each import ({@code import_problem}): a row's at its ordinal, the file's at 0, those
 * across rows after the last row. While a file is read they are all kept, so that its error workbook can
 * list every one; once it has ended, the first {@value #KEPT_PROBLEMS} stay, and its record counts them all.
 */
public final class ImportProblems {

    private ImportProblems() {
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

    /** The first {@code limit} problems of an import, in file order. */
    public static List<Problem> problems(Connection connection, long importId, String file, int limit) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        eachProblem(connection, importId, file, limit, problems::add);
        return problems;
    }

    /** Hands every problem of an import to {@code sink}, in file order, without holding them all. */
    public static void eachProblem(Connection connection, long importId, String file,
            Consumer<Problem> sink) throws SQLException {
        eachProblem(connection, importId, file, Integer.MAX_VALUE, sink);
    }

    private static void eachProblem(Connection connection, long importId, String file, int limit,
            Consumer<Problem> sink) throws SQLException {
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
