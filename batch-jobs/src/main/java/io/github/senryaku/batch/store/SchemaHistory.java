package io.github.senryaku.batch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether a store's schema is the one this build's migrations make, asked of Flyway's history table alone.
 *
 * <p>Why not Flyway's own {@code info()} or {@code validate()}: either scans the jar for migrations and
 * loads some 400 of Flyway's classes, about as long as the whole of a read-only command otherwise takes
 * (0.8 s of 2.4 s for {@code status}, measured on the demo store). One query of the history's latest
 * versioned row, held against the newest migration this build ships, answers the one question a reader
 * has — can it read with today's queries — and any doubt (no history, a failed or other version) sends the
 * store down the ordinary path, where Flyway decides.
 */
final class SchemaHistory {

    /**
     * The version of the newest migration in {@code db/migration} ({@code V9__council_opinions.sql}). Adding a
     * migration means raising it: {@code SchemaHistoryTest} fails until it matches what Flyway finds.
     */
    static final String SHIPPED_VERSION = "9";

    private SchemaHistory() {
    }

    /**
     * Whether the last migration recorded succeeded and is the newest shipped. Without a history table (a
     * store never migrated) the answer is no.
     */
    static boolean isCurrent(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (ResultSet latest = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
                return latest.next() && latest.getBoolean("success") && SHIPPED_VERSION.equals(latest.getString("version"));
            }
        } catch (SQLException noHistory) {
            return false;
        }
    }
}
