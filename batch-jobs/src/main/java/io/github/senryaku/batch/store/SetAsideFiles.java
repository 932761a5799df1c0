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
 * one comes back, its failed attempts count from the time it was set aside.
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

    /** When this content, read from this path, was last set aside. */
    public static Optional<Instant> lastSetAside(Connection connection, String sha256, String sourcePath)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(set_aside_at) FROM set_aside_file WHERE sha256 = ? AND source_path = ?")) {
            select.setString(1, sha256);
            select.setString(2, sourcePath);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                Timestamp at = rs.getTimestamp(1);
                return Optional.ofNullable(at).map(Timestamp::toInstant);
            }
        }
    }
}
