package io.github.senryaku.batch.store;

import io.github.senryaku.settings.Settings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/** Stores of schema V5 (before several plans), as the release of 2026-12-02 left them, of any size. */
final class VersionFiveStores {

    private VersionFiveStores() {
    }

    /** A V5 store with one landed import of {@code rows} actuals, figure = ordinal; closed when this returns. */
    static void write(Settings.Database database, int rows) throws Exception {
        Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration").target("5").placeholders(Map.of("legacy_plan", "unused"))
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO import_file (id, sha256, status, original_name, department, size_bytes,"
                    + " actual_count, measure_count, warning_count, error_count, job_execution_id, started_at, finished_at)"
                    + " VALUES (1, '" + "0".repeat(64) + "', 'LANDED', 'a.xlsx', '試験課', 1, " + rows
                    + ", 0, 0, 0, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO actual (import_file_id, ordinal, target_code, fiscal_year, figure, figure_scale,"
                    + " approximate, published, sheet, cell) SELECT 1, X, 'T1-' || MOD(X, 97), 2000 + MOD(X, 25), X, 0,"
                    + " FALSE, TRUE, '数値目標実績', 'C' || X FROM SYSTEM_RANGE(1, " + rows + ")");
            statement.execute("SHUTDOWN");
        }
    }

    /** The sum of the figures {@link #write} stores. */
    static long figureSum(int rows) {
        return (long) rows * (rows + 1) / 2;
    }
}
