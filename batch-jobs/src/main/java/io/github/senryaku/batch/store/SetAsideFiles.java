package io.github.senryaku.batch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Files set aside in {@code failed/} after failing the import job too often ({@code set_aside_file}): when
 * one comes back it is tried afresh, as a new import.
 */
public final class SetAsideFiles {

    private SetAsideFiles() {
    }

    public static void record(Connection connection, String sha256, String sourcePath, String storedAs, int attempts,
            String cause, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO set_aside_file (sha256, source_path,"
                + " stored_as, attempts, cause, set_aside_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, sha256);
            insert.setString(2, sourcePath);
            insert.setString(3, storedAs);
            insert.setInt(4, attempts);
            insert.setString(5, cause.length() <= 1000 ? cause : cause.substring(0, 999) + "…");
            insert.setTimestamp(6, Timestamp.from(at));
            insert.executeUpdate();
        }
    }
}
