package io.github.senryaku.batch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The import runs ({@code import_run}, {@code import_run_file}): which files one job execution imports, in
 * partition order, so that a restart works on the same files; and whether a run still has work left.
 */
public final class ImportRuns {

    /** A run that has not ended: its id, source (DEPARTMENT or FINANCE) and the execution last working on it. */
    public record OpenRun(long id, String source, Optional<Long> executionId) {
    }

    private ImportRuns() {
    }

    /** Records a run of these files; the job is started afterwards with the returned id as its parameter. */
    public static long begin(Connection connection, String source, List<Path> files, Instant now) throws SQLException {
        long run;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO import_run (source, started_at) VALUES (?, ?)", new String[] {"id"})) {
            insert.setString(1, source);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                run = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO import_run_file (run_id, ordinal, path) VALUES (?, ?, ?)")) {
            for (int i = 0; i < files.size(); i++) {
                insert.setLong(1, run);
                insert.setInt(2, i);
                insert.setString(3, files.get(i).toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return run;
    }

    /** The run's files in partition order. */
    public static List<Path> files(Connection connection, long run) throws SQLException {
        List<Path> files = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT path FROM import_run_file WHERE run_id = ? ORDER BY ordinal")) {
            select.setLong(1, run);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    files.add(Path.of(rs.getString(1)));
                }
            }
        }
        return files;
    }

    /** Notes the execution now working on the run (its first, or a restart). */
    public static void workedOnBy(Connection connection, long run, long executionId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE import_run SET job_execution_id = ? WHERE id = ?")) {
            update.setLong(1, executionId);
            update.setLong(2, run);
            update.executeUpdate();
        }
    }

    /** Marks the run ended: each of its files landed, was sent back, was a duplicate or was set aside. */
    public static void end(Connection connection, long run, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_run SET ended_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setLong(2, run);
            update.executeUpdate();
        }
    }

    /** Runs not ended, oldest first: interrupted or failed, to be finished before anything new is imported. */
    public static List<OpenRun> open(Connection connection) throws SQLException {
        List<OpenRun> runs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, source, job_execution_id FROM import_run WHERE ended_at IS NULL ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                // wasNull() speaks of the column read last: asked right after the execution, never after another.
                long execution = rs.getLong(3);
                Optional<Long> executionId = rs.wasNull() ? Optional.empty() : Optional.of(execution);
                runs.add(new OpenRun(rs.getLong(1), rs.getString(2), executionId));
            }
        }
        return runs;
    }
}
