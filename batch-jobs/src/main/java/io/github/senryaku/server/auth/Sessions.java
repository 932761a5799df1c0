package io.github.senryaku.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, in memory (a restart signs everyone out): a random token in an HttpOnly,
 * SameSite=Strict cookie, and a second random token every form carries (CSRF). Sessions end after 8 hours,
 * and at once when the account's role or password changes or the account is gone from the users file.
 */
public final class Sessions {

    public static final String COOKIE = "SENRYAKU_SESSION";
    static final Duration LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in user. */
    public record Session(String token, String name, Role role, String csrf, Instant expires, String hash) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Accounts accounts;

    public Sessions(Clock clock, Accounts accounts) {
        this.clock = clock;
        this.accounts = accounts;
    }

    public Session open(Accounts.Account account) {
        Session session = new Session(token(), account.name(), account.role(), token(), clock.instant().plus(LIFETIME),
                account.hash());
        sessions.put(session.token(), session);
        return session;
    }

    public Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session session = sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(session.expires()) || !stillValid(session)) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    private boolean stillValid(Session session) {
        try {
            return accounts.find(session.name())
                    .filter(account -> account.role() == session.role() && account.hash().equals(session.hash()))
                    .isPresent();
        } catch (java.io.IOException unreadable) {
            return false;
        }
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** 256 random bits, URL-safe. */
    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
