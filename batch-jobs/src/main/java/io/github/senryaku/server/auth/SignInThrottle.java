package io.github.senryaku.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed sign-ins for an account name (from any
 * address), each further attempt must wait, doubling from 30 seconds up to 15 minutes; a success clears it.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the name must still wait before another attempt; zero when it may try now. */
    public Duration wait(String name) {
        Failures f = failures.get(name);
        if (f == null || !clock.instant().isBefore(f.lockedUntil())) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), f.lockedUntil());
    }

    public void failed(String name) {
        failures.compute(name, (key, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant until = clock.instant();
            if (count >= FREE_FAILURES) {
                long factor = 1L << Math.min(count - FREE_FAILURES, 10);
                Duration wait = FIRST_WAIT.multipliedBy(factor);
                until = until.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            }
            return new Failures(count, until);
        });
    }

    public void succeeded(String name) {
        failures.remove(name);
    }
}
