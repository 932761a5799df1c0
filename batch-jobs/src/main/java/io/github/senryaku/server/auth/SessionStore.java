package io.github.senryaku.server.auth;

import io.github.senryaku.batch.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Every SQL statement on {@code web_session} (migration V4): the sessions, by the SHA-256 of their token. */
public final class SessionStore {

    /** A stored session: the token itself is never stored, only its hash. */
    record Row(String account, Role role, String csrf, String passwordFingerprint, Instant expires) {
    }

    private final Store store;

    public SessionStore(Store store) {
        this.store = store;
    }

    void insert(String tokenHash, Row row) throws SQLException {
        store.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO web_session (token_sha256, account,"
                    + " role, csrf, password_fingerprint, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, tokenHash);
                insert.setString(2, row.account());
                insert.setString(3, row.role().name());
                insert.setString(4, row.csrf());
                insert.setString(5, row.passwordFingerprint());
                insert.setTimestamp(6, Timestamp.from(row.expires()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    Optional<Row> find(String tokenHash) throws SQLException {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT account, role, csrf, password_fingerprint,"
                    + " expires_at FROM web_session WHERE token_sha256 = ?")) {
                select.setString(1, tokenHash);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant())) : Optional.<Row>empty();
                }
            }
        });
    }

    void delete(String tokenHash) throws SQLException {
        store.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM web_session WHERE token_sha256 = ?")) {
                delete.setString(1, tokenHash);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Drops the sessions that have run out, so the table holds only live ones (and a few not yet looked at). */
    void deleteExpired(Instant now) throws SQLException {
        store.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM web_session WHERE expires_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(now));
                delete.executeUpdate();
            }
            return null;
        });
    }
}
