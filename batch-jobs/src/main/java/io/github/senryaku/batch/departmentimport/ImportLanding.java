package io.github.senryaku.batch.departmentimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Promotes a clean file's staged rows to the store, inside the caller's transaction. A value that differs
 * from the current one supersedes it (the old row stays as history); the same value again changes nothing.
 */
final class ImportLanding {

    /** How many actuals and measure reports the file changed. */
    record Counts(int actuals, int measures) {
    }

    private ImportLanding() {
    }

    /**
     * @param repeats whether the file holds the same code and year more than once (with the same value: a
     *                warning); such rows land once, as their first occurrence. Without repeats, the common
     *                case, the per-row test for it is left out.
     */
    static Counts land(Connection connection, String sha256, long importFileId, Instant now, boolean repeats)
            throws SQLException {
        Timestamp at = Timestamp.from(now);
        String firstActual = repeats ? " AND NOT EXISTS (SELECT 1 FROM staged_actual f WHERE f.sha256 = s.sha256"
                + " AND f.target_code = s.target_code AND f.fiscal_year = s.fiscal_year AND f.ordinal < s.ordinal)" : "";
        String firstMeasure = repeats ? " AND NOT EXISTS (SELECT 1 FROM staged_measure f WHERE f.sha256 = s.sha256"
                + " AND f.measure_code = s.measure_code AND f.fiscal_year = s.fiscal_year AND f.ordinal < s.ordinal)" : "";
        update(connection, "UPDATE actual SET superseded_at = ?, superseded_by_file = ? WHERE superseded_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM staged_actual s WHERE s.sha256 = ? AND s.target_code = actual.target_code"
                + " AND s.fiscal_year = actual.fiscal_year AND NOT (s.figure IS NOT DISTINCT FROM actual.figure"
                + " AND s.state IS NOT DISTINCT FROM actual.state AND s.approximate = actual.approximate"
                + " AND s.published = actual.published AND s.remark IS NOT DISTINCT FROM actual.remark))", at, importFileId, sha256);
        int actuals = update(connection, "INSERT INTO actual (target_code, fiscal_year, figure, figure_scale, state,"
                + " approximate, published, unpublished_label, remark, import_file_id, sheet, cell, recorded_at)"
                + " SELECT s.target_code, s.fiscal_year, s.figure, s.figure_scale, s.state, s.approximate, s.published,"
                + " s.unpublished_label, s.remark, ?, s.sheet, s.cell, ? FROM staged_actual s WHERE s.sha256 = ?"
                + firstActual + " AND NOT EXISTS (SELECT 1 FROM actual a WHERE a.superseded_at IS NULL AND a.target_code = s.target_code"
                + " AND a.fiscal_year = s.fiscal_year)", importFileId, at, sha256);
        update(connection, "UPDATE measure_report SET superseded_at = ?, superseded_by_file = ? WHERE superseded_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM staged_measure s WHERE s.sha256 = ? AND s.measure_code = measure_report.measure_code"
                + " AND s.fiscal_year = measure_report.fiscal_year AND NOT (s.status = measure_report.status"
                + " AND s.content IS NOT DISTINCT FROM measure_report.content AND s.result IS NOT DISTINCT FROM measure_report.result"
                + " AND s.issue IS NOT DISTINCT FROM measure_report.issue"
                + " AND s.direction IS NOT DISTINCT FROM measure_report.direction))", at, importFileId, sha256);
        int measures = update(connection, "INSERT INTO measure_report (measure_code, fiscal_year, status, content, result,"
                + " issue, direction, import_file_id, sheet, row_number, recorded_at)"
                + " SELECT s.measure_code, s.fiscal_year, s.status, s.content, s.result, s.issue, s.direction, ?, s.sheet,"
                + " s.row_number, ? FROM staged_measure s WHERE s.sha256 = ?"
                + firstMeasure + " AND NOT EXISTS (SELECT 1 FROM measure_report m WHERE m.superseded_at IS NULL"
                + " AND m.measure_code = s.measure_code AND m.fiscal_year = s.fiscal_year)", importFileId, at, sha256);
        return new Counts(actuals, measures);
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

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportLanding.class.getName());
}
