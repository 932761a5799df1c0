package io.github.senryaku.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signed-in sessions, kept in the store ({@link SessionStore}) so that a restart signs nobody out: a random
 * token in an HttpOnly, SameSite=Strict cookie, of which only a SHA-256 is stored, and a second random token
 * every form carries (CSRF). Sessions end at sign-out, after 8 hours, and at once when the account's role
 * or password changes or the account is gone from the users file.
 */
public final class Sessions {

    public static final String COOKIE = "SENRYAKU_SESSION";
    static final Duration LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in user. */
    public record Session(String token, String name, Role role, String csrf, Instant expires) {
    }

    private final Clock clock;
    private final Accounts accounts;
    private final SessionStore store;

    public Sessions(Clock clock, Accounts accounts, SessionStore store) {
        this.clock = clock;
        this.accounts = accounts;
        this.store = store;
    }

    public Session open(Accounts.Account account) {
        Instant now = clock.instant();
        Session session = new Session(token(), account.name(), account.role(), token(), now.plus(LIFETIME));
        try {
            store.deleteExpired(now);
            store.insert(sha256(session.token()), new SessionStore.Row(account.name(), account.role(), session.csrf(),
                    sha256(account.hash()), session.expires()));
        } catch (SQLException unreachable) {
            throw unavailable(unreachable);
        }
        return session;
    }

    /** The live session of a cookie's token; a session found expired or outdated is ended on the way. */
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String key = sha256(token);
        try {
            Optional<SessionStore.Row> row = store.find(key);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            if (clock.instant().isAfter(row.get().expires()) || !stillValid(row.get())) {
                store.delete(key);
                return Optional.empty();
            }
            SessionStore.Row live = row.get();
            return Optional.of(new Session(token, live.account(), live.role(), live.csrf(), live.expires()));
        } catch (SQLException unreachable) {
            throw unavailable(unreachable);
        }
    }

    private boolean stillValid(SessionStore.Row session) {
        try {
            return accounts.find(session.account())
                    .filter(account -> account.role() == session.role()
                            && sha256(account.hash()).equals(session.passwordFingerprint()))
                    .isPresent();
        } catch (IOException unreadable) {
            return false;
        }
    }

    public void close(String token) {
        if (token == null || token.isEmpty()) {
            return;
        }
        try {
            store.delete(sha256(token));
        } catch (SQLException unreachable) {
            throw unavailable(unreachable);
        }
    }

    private static IllegalStateException unavailable(SQLException cause) {
        return new IllegalStateException("データベースに接続できないため、サインインを確かめられません。時間をおいてもう一度お試しください。",
                cause);
    }

    /** 256 random bits, URL-safe. */
    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
