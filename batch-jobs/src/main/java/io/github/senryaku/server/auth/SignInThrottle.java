package io.github.senryaku.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed sign-ins for an account name (from any
 * address), each further attempt must wait, doubling from 30 seconds up to 15 minutes; a success clears it.
 * An attempt is counted as a failure when it starts ({@link #begin}), in one atomic step, so parallel guesses
 * cannot all slip through before the first is counted; and only {@value #PARALLEL_CHECKS} password hashes are
 * computed at once, so guessing cannot take every core.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant lockedUntil) {
    }

    static final int PARALLEL_CHECKS = 4;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final java.util.concurrent.Semaphore checks = new java.util.concurrent.Semaphore(PARALLEL_CHECKS, true);
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts an attempt: false when the name must wait. Otherwise the attempt already counts as failed until
     * {@link #succeeded} clears it.
     */
    public boolean begin(String name) {
        boolean[] allowed = {false};
        failures.compute(name, (key, f) -> {
            if (f != null && clock.instant().isBefore(f.lockedUntil())) {
                return f;
            }
            allowed[0] = true;
            return next(f);
        });
        return allowed[0];
    }

    /** A slot for one password hash; false (try again shortly) when the server is busy with others. */
    public boolean acquireCheck() throws InterruptedException {
        return checks.tryAcquire(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    public void releaseCheck() {
        checks.release();
    }

    private Failures next(Failures f) {
        int count = f == null ? 1 : f.count() + 1;
        Instant until = clock.instant();
        if (count >= FREE_FAILURES) {
            long factor = 1L << Math.min(count - FREE_FAILURES, 10);
            Duration wait = FIRST_WAIT.multipliedBy(factor);
            until = until.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        return new Failures(count, until);
    }

    public void succeeded(String name) {
        failures.remove(name);
    }
}
