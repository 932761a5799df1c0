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
 * SameSite=Strict cookie, and a second random token every form carries (CSRF). Sessions end after 8 hours.
 */
public final class Sessions {

    public static final String COOKIE = "SENRYAKU_SESSION";
    static final Duration LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in user. */
    public record Session(String token, String name, Role role, String csrf, Instant expires) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public Session open(Accounts.Account account) {
        Session session = new Session(token(), account.name(), account.role(), token(), clock.instant().plus(LIFETIME));
        sessions.put(session.token(), session);
        return session;
    }

    public Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session session = sessions.get(token);
        if (session != null && clock.instant().isAfter(session.expires())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.ofNullable(session);
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
