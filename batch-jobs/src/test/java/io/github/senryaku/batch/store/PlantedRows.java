package io.github.senryaku.batch.store;

import java.sql.SQLException;
import java.sql.Statement;

/** Rows the store's tests plant directly, in the current schema. */
final class PlantedRows {

    private PlantedRows() {
    }

    /** A landed import of {@code a.xlsx} by 試験課 for the plan, with no rows of its own. */
    static void landedImport(Statement statement, String plan) throws SQLException {
        statement.execute("INSERT INTO import_file (sha256, status, original_name, department, size_bytes,"
                + " actual_count, measure_count, warning_count, error_count, job_execution_id, started_at, plan_code)"
                + " VALUES ('" + "0".repeat(64) + "', 'LANDED', 'a.xlsx', '試験課', 1, 0, 0, 0, 0, 1, CURRENT_TIMESTAMP,"
                + " '" + plan + "')");
    }
}
