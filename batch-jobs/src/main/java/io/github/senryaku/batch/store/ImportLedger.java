package io.github.senryaku.batch.store;

import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.snapshot.SourceFile;
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
 * The record of every import ({@code import_file}): begun (STAGING), landed, or sent back; its problems are
 * in {@link ImportProblems}. Only one process writes it at a time (the data-folder lock).
 */
public final class ImportLedger {

    public static final String STAGING = "STAGING";
    /** Sources of an import: a department's report, the finance office's budget workbook, the council's opinions. */
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String FINANCE = "FINANCE";
    public static final String COUNCIL = "COUNCIL";
    public static final String LANDED = "LANDED";
    public static final String REJECTED = "REJECTED";
    /** Begun, interrupted, and its file gone (or set aside): its rows were cleared. */
    public static final String ABANDONED = "ABANDONED";
    /** The same content landed from another file of the same run first: nothing of this one was kept. */
    public static final String DUPLICATE = "DUPLICATE";

    /** Where an import stands in its run: the run's id and the partition (the file's place in the run). */
    public record RunFile(long run, int ordinal) {
    }

    /**
     * What the screen found and recorded when it began an import, read back by the later work and by a
     * restart instead of hashing and scanning the file again.
     *
     * @param headerMap the report sheets' header rows, in the import's own text form
     * @param attempts  executions that worked on the import, this one included
     */
    public record Recorded(long importId, String status, String sha256, String originalName, String department,
            long size, Optional<String> plan, String sourcePath, String headerMap, int attempts, long executionId,
            Optional<RunFile> runFile) {
        public boolean isStaging() {
            return STAGING.equals(status);
        }
    }

    /** An import about to begin: everything known of the file before its rows are read. */
    public record NewImport(String sha256, String originalName, String department, long size, String source,
            Optional<String> plan, Optional<RunFile> runFile, String sourcePath, String headerMap, int attempts) {

        /** The import as {@link #begin} recorded it under {@code importId}: what reading it back would return. */
        public Recorded recordedAs(long importId, long executionId) {
            return new Recorded(importId, STAGING, sha256, originalName, department, size, plan, sourcePath, headerMap,
                    attempts, executionId, runFile);
        }
    }

    /**
     * How an import ended, as recorded.
     *
     * @param plan     the plan the file reported on; empty for a file sent back before that was known
     * @param opinions the council's opinions a council file landed
     */
    public record Outcome(Kind kind, long importId, String originalName, String storedAs, String department,
            int actuals, int measures, int warnings, int errors, long executionId, Instant at, int budgetLines,
            Optional<String> plan, int opinions) {
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
        return begin(connection, sha256, originalName, department, size, executionId, now, DEPARTMENT, Optional.empty());
    }

    /**
     * As {@link #begin(Connection, String, String, String, long, long, Instant)}, for a source (DEPARTMENT or
     * FINANCE) and the plan the file reports on (none when it was sent back before that was known).
     */
    public static long begin(Connection connection, String sha256, String originalName, String department, long size,
            long executionId, Instant now, String source, Optional<String> plan) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_file (sha256, status,"
                + " original_name, department, size_bytes, actual_count, measure_count, warning_count, error_count,"
                + " job_execution_id, started_at, source, plan_code) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(8, source);
            insert.setString(9, plan.orElse(null));
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

    /** Records an import that has begun, with its place in its run; its rows stay invisible until it lands. */
    public static long begin(Connection connection, NewImport begun, long executionId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_file (sha256, status,"
                + " original_name, department, size_bytes, actual_count, measure_count, warning_count, error_count,"
                + " job_execution_id, started_at, source, plan_code, run_id, run_ordinal, source_path, header_map,"
                + " attempts) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, begun.sha256());
            insert.setString(2, STAGING);
            insert.setString(3, begun.originalName());
            insert.setString(4, begun.department());
            insert.setLong(5, begun.size());
            insert.setLong(6, executionId);
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setString(8, begun.source());
            insert.setString(9, begun.plan().orElse(null));
            insert.setObject(10, begun.runFile().map(RunFile::run).orElse(null), java.sql.Types.BIGINT);
            insert.setObject(11, begun.runFile().map(RunFile::ordinal).orElse(null), java.sql.Types.INTEGER);
            insert.setString(12, begun.sourcePath());
            insert.setString(13, begun.headerMap());
            insert.setInt(14, begun.attempts());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static final String RECORDED = "SELECT id, status, sha256, original_name, department, size_bytes, plan_code,"
            + " source_path, header_map, attempts, job_execution_id, run_id, run_ordinal FROM import_file";

    private static Recorded recorded(ResultSet rs) throws SQLException {
        return new Recorded(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), Optional.ofNullable(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getInt(10),
                rs.getLong(11), runFile(rs.getLong(12), rs.wasNull(), rs.getInt(13)));
    }

    private static Optional<RunFile> runFile(long run, boolean none, int ordinal) {
        return none ? Optional.empty() : Optional.of(new RunFile(run, ordinal));
    }

    /** The latest import a run's partition recorded, if it got that far. */
    public static Optional<Recorded> ofRunFile(Connection connection, RunFile runFile) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RECORDED
                + " WHERE run_id = ? AND run_ordinal = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            select.setLong(1, runFile.run());
            select.setInt(2, runFile.ordinal());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(recorded(rs)) : Optional.empty();
            }
        }
    }

    /** How many of the run's files ended each way (LANDED, REJECTED, DUPLICATE, ABANDONED), by each file's latest import. */
    public static java.util.Map<String, Integer> endingsOf(Connection connection, long run) throws SQLException {
        java.util.Map<String, Integer> endings = new java.util.TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT status, COUNT(*) FROM import_file f"
                + " WHERE run_id = ? AND status <> 'STAGING' AND id = (SELECT MAX(id) FROM import_file g"
                + " WHERE g.run_id = f.run_id AND g.run_ordinal = f.run_ordinal) GROUP BY status")) {
            select.setLong(1, run);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    endings.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return endings;
    }

    /** The run's imports still STAGING: begun, not ended. */
    public static List<Recorded> unendedOf(Connection connection, long run) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RECORDED
                + " WHERE run_id = ? AND status = 'STAGING' ORDER BY run_ordinal")) {
            select.setLong(1, run);
            return allRecorded(select);
        }
    }

    private static List<Recorded> allRecorded(PreparedStatement select) throws SQLException {
        List<Recorded> found = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                found.add(recorded(rs));
            }
        }
        return found;
    }

    /**
     * Notes that this execution works on the import; an execution other than the last one to do so (a
     * restart) counts one more attempt.
     */
    public static void workedOnBy(Connection connection, long importId, long executionId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET attempts = attempts + 1,"
                + " job_execution_id = ? WHERE id = ? AND job_execution_id <> ?")) {
            update.setLong(1, executionId);
            update.setLong(2, importId);
            update.setLong(3, executionId);
            update.executeUpdate();
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
                + " original_name FROM import_file WHERE status IN ('LANDED', 'REJECTED', 'DUPLICATE') AND filed_at IS NULL"
                + " ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                found.add(new Unfiled(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
            }
        }
        return found;
    }

    /** Imports begun and not ended, oldest first. */
    public static List<Recorded> staging(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RECORDED + " WHERE status = 'STAGING' ORDER BY id")) {
            return allRecorded(select);
        }
    }

    /**
     * Imports of this content begun outside any import run (by a version before runs) and never ended. Asked
     * through the hash's index: a screen listing every begun import read the run's own too, so a run of n files
     * read n²/2 ledger rows.
     */
    public static List<Recorded> stagingOutsideRuns(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RECORDED
                + " WHERE sha256 = ? AND status = 'STAGING' AND run_id IS NULL ORDER BY id")) {
            select.setString(1, sha256);
            return allRecorded(select);
        }
    }

    /** Marks a begun import ABANDONED (its rows are cleared by the caller). */
    public static void abandon(Connection connection, long importId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET status = ? WHERE id = ?")) {
            update.setString(1, ABANDONED);
            update.setLong(2, importId);
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

    /** Records how many opinions a council import landed. */
    public static void countOpinions(Connection connection, long importId, int opinions) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_file SET opinion_count = ? WHERE id = ?")) {
            update.setInt(1, opinions);
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

    /** One import as the planning office's list shows it. */
    public record Listed(String originalName, String department, String source, String status, int actuals,
            int measures, int budgetLines, int opinions, int errors, Optional<Instant> finishedAt) {
    }

    /** The latest imports, newest first, at most {@code limit}. */
    public static List<Listed> newest(Connection connection, int limit) throws SQLException {
        List<Listed> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT original_name, department, source, status,"
                + " actual_count, measure_count, budget_count, opinion_count, error_count, finished_at FROM import_file"
                + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Timestamp finished = rs.getTimestamp(10);
                    found.add(new Listed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                            Optional.ofNullable(finished).map(Timestamp::toInstant)));
                }
            }
        }
        return found;
    }

    /**
     * The source (DEPARTMENT, FINANCE or COUNCIL) of the import sent back and filed under this name, if there is one:
     * who may download its error workbook.
     */
    public static Optional<String> rejectedSource(Connection connection, String storedAs) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source FROM import_file WHERE status = 'REJECTED' AND stored_as = ?")) {
            select.setString(1, storedAs);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The names under which rejected files were filed ({@code stored_as}): their error workbooks belong to them. */
    public static java.util.Set<String> rejectedNames(Connection connection) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT stored_as FROM import_file WHERE status = 'REJECTED' AND stored_as IS NOT NULL");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** How the import ended, if it has. */
    public static Optional<Outcome> outcome(Connection connection, long importId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OUTCOME + " WHERE status IN ('LANDED', 'REJECTED')"
                + " AND id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(outcome(rs)) : Optional.empty();
            }
        }
    }

    private static final String OUTCOME = "SELECT id, status, original_name, stored_as, department, actual_count,"
            + " measure_count, warning_count, error_count, job_execution_id, finished_at, budget_count, plan_code,"
            + " opinion_count FROM import_file";

    private static Outcome outcome(ResultSet rs) throws SQLException {
        return new Outcome(Outcome.Kind.valueOf(rs.getString(2)), rs.getLong(1), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getLong(10),
                rs.getTimestamp(11).toInstant(), rs.getInt(12), Optional.ofNullable(rs.getString(13)),
                rs.getInt(14));
    }

    /**
     * The landed files a year's report draws on (データ出所): those holding a current actual up to the year, or a
     * measure report or budget line of it, in the order they landed.
     */
    public static List<SourceFile> sourcesOfReport(Connection connection, String plan, FiscalYear year) throws SQLException {
        List<SourceFile> sources = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT f.original_name, f.department, f.finished_at,"
                + " f.sha256,"
                + " (SELECT COUNT(*) FROM actual a WHERE a.import_file_id = f.id AND a.superseded_at IS NULL"
                + "  AND a.fiscal_year <= ?),"
                + " (SELECT COUNT(*) FROM measure_report m WHERE m.import_file_id = f.id AND m.superseded_at IS NULL"
                + "  AND m.fiscal_year = ?),"
                + " (SELECT COUNT(*) FROM budget_line b WHERE b.import_file_id = f.id AND b.superseded_at IS NULL"
                + "  AND b.fiscal_year = ?)"
                + " FROM import_file f WHERE f.status = 'LANDED' AND f.plan_code = ? ORDER BY f.finished_at, f.id")) {
            select.setInt(1, year.gregorianYear());
            select.setInt(2, year.gregorianYear());
            select.setInt(3, year.gregorianYear());
            select.setString(4, plan);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int actuals = rs.getInt(5);
                    int measures = rs.getInt(6);
                    int budgetLines = rs.getInt(7);
                    if (actuals + measures + budgetLines > 0) {
                        sources.add(new SourceFile(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                rs.getString(4), actuals, measures, budgetLines));
                    }
                }
            }
        }
        return sources;
    }
}
