package io.github.senryaku.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Slows password guessing, counted per account and client address: after {@value #FREE_FAILURES} failed
 * sign-ins to one account from one address, that address waits for that account — doubling from 30 seconds
 * up to 15 minutes — while the owner signing in from elsewhere is not held up. One address is also held to
 * {@value #FREE_FAILURES_PER_ADDRESS} failures over all accounts, so it cannot try a password on every
 * account instead. A success clears its account's count for that address (and takes itself off the
 * address's count); counts unused for an hour are forgotten.
 *
 * <p>An attempt is counted as a failure when it starts ({@link #begin}), in one step under the lock, so
 * parallel guesses cannot all slip through before the first is counted; and only {@value #PARALLEL_CHECKS}
 * password hashes are computed at once, so guessing cannot take every core.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
    static final int PARALLEL_CHECKS = 4;
    /** Past this many counts, the forgotten ones are dropped (addresses are many, memory is not). */
    private static final int PRUNE_ABOVE = 10_000;

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    private final Map<String, Failures> byAccount = new HashMap<>();
    private final Map<String, Failures> byAddress = new HashMap<>();
    private final Semaphore checks = new Semaphore(PARALLEL_CHECKS, true);
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts an attempt on an account from an address: false when either must wait. Otherwise the attempt
     * already counts as failed until {@link #succeeded} clears it.
     */
    public synchronized boolean begin(String name, String address) {
        Instant now = clock.instant();
        prune(now);
        String key = key(name, address);
        Failures account = current(byAccount.get(key), now);
        Failures client = current(byAddress.get(address), now);
        if (waits(account, now) || waits(client, now)) {
            return false;
        }
        byAccount.put(key, next(account, FREE_FAILURES, now));
        byAddress.put(address, next(client, FREE_FAILURES_PER_ADDRESS, now));
        return true;
    }

    public synchronized void succeeded(String name, String address) {
        byAccount.remove(key(name, address));
        byAddress.computeIfPresent(address, (a, f) -> f.count() <= 1 ? null
                : new Failures(f.count() - 1, f.lockedUntil(), f.last()));
    }

    /** A slot for one password hash; false (try again shortly) when the server is busy with others. */
    public boolean acquireCheck() throws InterruptedException {
        return checks.tryAcquire(5, TimeUnit.SECONDS);
    }

    public void releaseCheck() {
        checks.release();
    }

    private static String key(String name, String address) {
        return name + " " + address; // account names hold no spaces
    }

    private static Failures current(Failures f, Instant now) {
        return f == null || forgotten(f, now) ? null : f;
    }

    private static boolean forgotten(Failures f, Instant now) {
        return now.isAfter(f.lockedUntil()) && now.isAfter(f.last().plus(FORGOTTEN_AFTER));
    }

    private static boolean waits(Failures f, Instant now) {
        return f != null && now.isBefore(f.lockedUntil());
    }

    private static Failures next(Failures f, int free, Instant now) {
        int count = f == null ? 1 : f.count() + 1;
        Instant until = now;
        if (count >= free) {
            long factor = 1L << Math.min(count - free, 10);
            Duration wait = FIRST_WAIT.multipliedBy(factor);
            until = until.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        return new Failures(count, until, now);
    }

    private void prune(Instant now) {
        if (byAccount.size() + byAddress.size() > PRUNE_ABOVE) {
            byAccount.values().removeIf(f -> forgotten(f, now));
            byAddress.values().removeIf(f -> forgotten(f, now));
        }
    }
}
