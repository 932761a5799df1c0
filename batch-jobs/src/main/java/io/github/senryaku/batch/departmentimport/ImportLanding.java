package io.github.senryaku.batch.departmentimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Makes a clean import's rows the store's, inside the caller's transaction, without copying them: a row
 * equal to the current value is dropped (the current one stays, nothing changed); a row that differs
 * supersedes the current one, which stays as history. The caller then marks the import LANDED.
 */
final class ImportLanding {

    private static final Logger LOG = Logger.getLogger(ImportLanding.class.getName());

    /** How many actuals and measure reports the file changed. */
    record Counts(int actuals, int measures) {
    }

    /** Current rows made history per JDBC batch (and fetched per round trip on PostgreSQL). */
    private static final int SUPERSEDE_BATCH = 1_000;

    private ImportLanding() {
    }

    /**
     * @param repeats whether the file holds the same code and year more than once (with the same value: a
     *                warning); such rows land once, as their first occurrence
     */
    static Counts land(Connection connection, long importId, Instant now, boolean repeats) throws SQLException {
        Timestamp at = Timestamp.from(now);
        if (repeats) {
            update(connection, "DELETE FROM actual WHERE import_file_id = ? AND EXISTS (SELECT 1 FROM actual f"
                    + " WHERE f.import_file_id = actual.import_file_id AND f.target_code = actual.target_code"
                    + " AND f.fiscal_year = actual.fiscal_year AND f.ordinal < actual.ordinal)", importId);
            update(connection, "DELETE FROM measure_report WHERE import_file_id = ? AND EXISTS (SELECT 1 FROM"
                    + " measure_report f WHERE f.import_file_id = measure_report.import_file_id AND f.measure_code"
                    + " = measure_report.measure_code AND f.fiscal_year = measure_report.fiscal_year"
                    + " AND f.ordinal < measure_report.ordinal)", importId);
        }
        // Nothing to compare with or supersede before the first landing (a first import of a million rows skips
        // two million index probes), nor when no other import holds any of the file's codes (a roll-up of
        // municipalities each reporting its own targets: one index range per code instead of two probes per row).
        if (anyLanded(connection, "actual") && sharesCodes(connection, "actual", "target_code", importId)) {
            update(connection, "DELETE FROM actual WHERE import_file_id = ? AND EXISTS (SELECT 1 FROM actual a"
                    + " WHERE a.plan_code = actual.plan_code AND a.target_code = actual.target_code"
                    + " AND a.fiscal_year = actual.fiscal_year AND a.superseded_at IS NULL AND " + landed("a")
                    + " AND a.figure IS NOT DISTINCT FROM actual.figure AND a.state IS NOT DISTINCT FROM actual.state"
                    + " AND a.approximate = actual.approximate AND a.published = actual.published"
                    + " AND a.remark IS NOT DISTINCT FROM actual.remark)", importId);
            supersede(connection, "actual", "target_code", importId, at);
        }
        if (anyLanded(connection, "measure_report")
                && sharesCodes(connection, "measure_report", "measure_code", importId)) {
            update(connection, "DELETE FROM measure_report WHERE import_file_id = ? AND EXISTS (SELECT 1 FROM"
                    + " measure_report m WHERE m.plan_code = measure_report.plan_code"
                    + " AND m.measure_code = measure_report.measure_code AND m.fiscal_year = measure_report.fiscal_year"
                    + " AND m.superseded_at IS NULL AND " + landed("m") + " AND m.status = measure_report.status"
                    + " AND m.content IS NOT DISTINCT FROM measure_report.content"
                    + " AND m.result IS NOT DISTINCT FROM measure_report.result"
                    + " AND m.issue IS NOT DISTINCT FROM measure_report.issue"
                    + " AND m.direction IS NOT DISTINCT FROM measure_report.direction)", importId);
            supersede(connection, "measure_report", "measure_code", importId, at);
        }
        return new Counts(count(connection, "actual", importId), count(connection, "measure_report", importId));
    }

    /**
     * Whether the row under {@code alias} belongs to a landed import. Asked of the import's own row by its key:
     * as a join on import_file, H2 walked every landed import (by status) for each row it checked.
     */
    private static String landed(String alias) {
        return "(SELECT f.status FROM import_file f WHERE f.id = " + alias + ".import_file_id) = 'LANDED'";
    }

    /**
     * Makes history of the current rows that the file's remaining rows (those that differ) replace. Driven by the
     * file's own rows, each joined to the current row of its plan, code and year through that key's index, so a
     * landing costs in proportion to the file, not to the store (one UPDATE filtered on the current rows had H2
     * read every current row of the store for each file: H2 cannot drive an UPDATE from a join). The rows found
     * are then updated by their primary key in batches, {@code superseded_at IS NULL} again, so a row is made
     * history once.
     */
    private static void supersede(Connection connection, String table, String code, long importId, Timestamp at)
            throws SQLException {
        long start = System.nanoTime();
        int found = 0;
        int superseded = 0;
        try (PreparedStatement current = connection.prepareStatement("SELECT c.import_file_id, c.ordinal FROM " + table
                + " n JOIN " + table + " c ON c.plan_code = n.plan_code AND c." + code + " = n." + code
                + " AND c.fiscal_year = n.fiscal_year AND c.superseded_at IS NULL"
                + " WHERE n.import_file_id = ? AND " + landed("c"));
             PreparedStatement supersede = connection.prepareStatement("UPDATE " + table + " SET superseded_at = ?,"
                     + " superseded_by_file = ? WHERE import_file_id = ? AND ordinal = ? AND superseded_at IS NULL")) {
            current.setLong(1, importId);
            current.setFetchSize(SUPERSEDE_BATCH);
            supersede.setTimestamp(1, at);
            supersede.setLong(2, importId);
            try (ResultSet rs = current.executeQuery()) {
                while (rs.next()) {
                    supersede.setLong(3, rs.getLong(1));
                    supersede.setLong(4, rs.getLong(2));
                    supersede.addBatch();
                    if (++found % SUPERSEDE_BATCH == 0) {
                        superseded += updated(supersede.executeBatch());
                    }
                }
            }
            if (found % SUPERSEDE_BATCH != 0) {
                superseded += updated(supersede.executeBatch());
            }
        }
        int rows = superseded;
        LOG.fine(() -> String.format("%d %s rows superseded in %d ms", rows, table,
                (System.nanoTime() - start) / 1_000_000));
    }

    private static int updated(int[] counts) {
        return Arrays.stream(counts).map(c -> Math.max(c, 0)).sum();
    }

    private static boolean anyLanded(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + table + " r JOIN import_file f"
                + " ON f.id = r.import_file_id WHERE f.status = 'LANDED'")) {
            select.setMaxRows(1);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Whether another import, of any status, holds a row of one of the file's codes in its plan: only then can a
     * current row share one of the file's keys. Asked once per distinct code, through the plan and code's index.
     */
    private static boolean sharesCodes(Connection connection, String table, String code, long importId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM (SELECT DISTINCT plan_code, "
                + code + " FROM " + table + " WHERE import_file_id = ?) n WHERE EXISTS (SELECT 1 FROM " + table
                + " o WHERE o.plan_code = n.plan_code AND o." + code + " = n." + code + " AND o.import_file_id <> ?)")) {
            select.setLong(1, importId);
            select.setLong(2, importId);
            select.setMaxRows(1);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int count(Connection connection, String table, long importId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE import_file_id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            int rows = statement.executeUpdate();
            LOG.fine(() -> String.format("%d rows in %d ms: %s", rows, (System.nanoTime() - start) / 1_000_000,
                    sql.substring(0, Math.min(60, sql.length()))));
            return rows;
        }
    }
}
