package io.github.senryaku.batch.departmentimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
        // Before the first landing there is nothing to compare with or supersede: a first import of a
        // million rows skips two million index probes.
        if (anyLanded(connection, "actual")) {
            update(connection, "DELETE FROM actual WHERE import_file_id = ? AND EXISTS (SELECT 1 FROM actual a"
                    + " JOIN import_file f ON f.id = a.import_file_id WHERE f.status = 'LANDED' AND a.superseded_at IS NULL"
                    + " AND a.plan_code = actual.plan_code"
                    + " AND a.target_code = actual.target_code AND a.fiscal_year = actual.fiscal_year"
                    + " AND a.figure IS NOT DISTINCT FROM actual.figure AND a.state IS NOT DISTINCT FROM actual.state"
                    + " AND a.approximate = actual.approximate AND a.published = actual.published"
                    + " AND a.remark IS NOT DISTINCT FROM actual.remark)", importId);
            update(connection, "UPDATE actual SET superseded_at = ?, superseded_by_file = ? WHERE superseded_at IS NULL"
                    + " AND import_file_id IN (SELECT id FROM import_file WHERE status = 'LANDED')"
                    + " AND EXISTS (SELECT 1 FROM actual n WHERE n.import_file_id = ? AND n.target_code = actual.target_code"
                    + " AND n.fiscal_year = actual.fiscal_year AND n.plan_code = actual.plan_code)", at, importId, importId);
        }
        if (anyLanded(connection, "measure_report")) {
            update(connection, "DELETE FROM measure_report WHERE import_file_id = ? AND EXISTS (SELECT 1 FROM"
                    + " measure_report m JOIN import_file f ON f.id = m.import_file_id WHERE f.status = 'LANDED'"
                    + " AND m.superseded_at IS NULL AND m.plan_code = measure_report.plan_code"
                    + " AND m.measure_code = measure_report.measure_code"
                    + " AND m.fiscal_year = measure_report.fiscal_year AND m.status = measure_report.status"
                    + " AND m.content IS NOT DISTINCT FROM measure_report.content"
                    + " AND m.result IS NOT DISTINCT FROM measure_report.result"
                    + " AND m.issue IS NOT DISTINCT FROM measure_report.issue"
                    + " AND m.direction IS NOT DISTINCT FROM measure_report.direction)", importId);
            update(connection, "UPDATE measure_report SET superseded_at = ?, superseded_by_file = ? WHERE superseded_at"
                    + " IS NULL AND import_file_id IN (SELECT id FROM import_file WHERE status = 'LANDED')"
                    + " AND EXISTS (SELECT 1 FROM measure_report n WHERE n.import_file_id = ?"
                    + " AND n.measure_code = measure_report.measure_code AND n.fiscal_year = measure_report.fiscal_year"
                    + " AND n.plan_code = measure_report.plan_code)",
                    at, importId, importId);
        }
        return new Counts(count(connection, "actual", importId), count(connection, "measure_report", importId));
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
            LOG.info(() -> String.format("%d rows in %d ms: %s", rows, (System.nanoTime() - start) / 1_000_000,
                    sql.substring(0, Math.min(60, sql.length()))));
            return rows;
        }
    }
}
