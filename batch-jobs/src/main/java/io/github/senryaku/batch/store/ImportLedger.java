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

/** The record of what each import did: files landed, files sent back, and the problems found. */
public final class ImportLedger {

    /** How an import ended, as recorded. */
    public record Outcome(Kind kind, String originalName, String storedAs, String department, int actuals, int measures,
            int warnings, int errors, long executionId, Instant at) {
        public enum Kind { LANDED, REJECTED }
    }

    private ImportLedger() {
    }

    public static boolean isLanded(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM import_file WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Records a landed file; returns its id. Fails on a second file with the same content (unique SHA-256). */
    public static long recordLanded(Connection connection, String sha256, String originalName, String archivedAs,
            String department, long size, int warnings, long executionId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_file (sha256, original_name,"
                + " archived_as, department, size_bytes, actual_count, measure_count, warning_count, job_execution_id,"
                + " imported_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, sha256);
            insert.setString(2, originalName);
            insert.setString(3, archivedAs);
            insert.setString(4, department);
            insert.setLong(5, size);
            insert.setInt(6, warnings);
            insert.setLong(7, executionId);
            insert.setTimestamp(8, Timestamp.from(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void recordCounts(Connection connection, long importFileId, int actuals, int measures) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE import_file SET actual_count = ?, measure_count = ? WHERE id = ?")) {
            update.setInt(1, actuals);
            update.setInt(2, measures);
            update.setLong(3, importFileId);
            update.executeUpdate();
        }
    }

    public static void recordRejection(Connection connection, String sha256, String originalName, String rejectedAs,
            String department, int errors, long executionId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rejection (sha256, original_name,"
                + " rejected_as, department, error_count, job_execution_id, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, sha256);
            insert.setString(2, originalName);
            insert.setString(3, rejectedAs);
            insert.setString(4, department);
            insert.setInt(5, errors);
            insert.setLong(6, executionId);
            insert.setTimestamp(7, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    public static void recordProblems(Connection connection, long executionId, List<Problem> problems) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_problem (job_execution_id, severity,"
                + " sheet, cell, input, message, hint) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Problem problem : problems) {
                String sheet = problem.location() instanceof Location.Cell cell ? cell.sheet() : "";
                String at = problem.location() instanceof Location.Cell cell ? cell.cell() : "";
                insert.setLong(1, executionId);
                insert.setString(2, problem.severity().name());
                insert.setString(3, sheet);
                insert.setString(4, at);
                insert.setString(5, clip(problem.input()));
                insert.setString(6, clip(problem.message()));
                insert.setString(7, clip(problem.hint()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The recorded outcome of the first of these executions that recorded one. */
    public static Optional<Outcome> outcome(Connection connection, Collection<Long> executionIds) throws SQLException {
        if (executionIds.isEmpty()) {
            return Optional.empty();
        }
        String ids = executionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement landed = connection.prepareStatement("SELECT original_name, archived_as, department,"
                + " actual_count, measure_count, warning_count, job_execution_id, imported_at FROM import_file"
                + " WHERE job_execution_id IN (" + ids + ")");
                ResultSet rs = landed.executeQuery()) {
            if (rs.next()) {
                return Optional.of(new Outcome(Outcome.Kind.LANDED, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), 0, rs.getLong(7), rs.getTimestamp(8).toInstant()));
            }
        }
        try (PreparedStatement rejected = connection.prepareStatement("SELECT original_name, rejected_as, department,"
                + " error_count, job_execution_id, rejected_at FROM rejection WHERE job_execution_id IN (" + ids + ")");
                ResultSet rs = rejected.executeQuery()) {
            if (rs.next()) {
                return Optional.of(new Outcome(Outcome.Kind.REJECTED, rs.getString(1), rs.getString(2), rs.getString(3),
                        0, 0, 0, rs.getInt(4), rs.getLong(5), rs.getTimestamp(6).toInstant()));
            }
        }
        return Optional.empty();
    }

    /** The problems an execution found, in file order. */
    public static List<Problem> problems(Connection connection, long executionId, String file) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT severity, sheet, cell, input, message, hint"
                + " FROM import_problem WHERE job_execution_id = ? ORDER BY id")) {
            select.setLong(1, executionId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    problems.add(problem(rs, file));
                }
            }
        }
        return problems;
    }

    /** A problem from the columns severity, sheet, cell, input, message, hint (in that order, from column 1). */
    public static Problem problem(ResultSet rs, String file) throws SQLException {
        return new Problem(Problem.Severity.valueOf(rs.getString(1)), new Location.Cell(file, rs.getString(2),
                rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
