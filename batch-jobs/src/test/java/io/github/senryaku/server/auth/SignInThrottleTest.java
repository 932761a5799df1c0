package io.github.senryaku.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String HERE = "192.0.2.7";
    private static final String ELSEWHERE = "198.51.100.20";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void parallelGuesses_cannotAllSlipThrough_beforeTheFirstIsCounted() throws Exception {
        SignInThrottle throttle = new SignInThrottle(NOW);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            guesses.add(() -> throttle.begin("kikaku", "192.0.2.7"));
        }
        long allowed = 0;
        for (Future<Boolean> guess : threads.invokeAll(guesses)) {
            allowed += guess.get() ? 1 : 0;
        }
        threads.shutdown();
        assertEquals(SignInThrottle.FREE_FAILURES, allowed, "five attempts, then the name waits at that address");
    }

    @Test
    void theWait_doublesAndEnds_andASuccessClearsIt() {
        Instant[] now = {Instant.parse("2026-04-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.begin("zaisei", HERE));
        }
        assertFalse(throttle.begin("zaisei", HERE));
        now[0] = now[0].plus(Duration.ofSeconds(31));
        assertTrue(throttle.begin("zaisei", HERE), "30 s later one more try");
        assertFalse(throttle.begin("zaisei", HERE), "and then a minute's wait");
        now[0] = now[0].plus(Duration.ofSeconds(61));
        assertTrue(throttle.begin("zaisei", HERE));
        throttle.succeeded("zaisei", HERE);
        assertTrue(throttle.begin("zaisei", HERE), "a success clears the count");
        assertTrue(throttle.begin("other", HERE), "names are counted apart");
    }

    @Test
    void aStrangersFailures_doNotLockTheOwner_signingInFromAnotherAddress() {
        SignInThrottle throttle = new SignInThrottle(NOW);
        for (int i = 0; i < 6; i++) {
            throttle.begin("zaisei", HERE);
        }

        assertFalse(throttle.begin("zaisei", HERE), "the stranger's address waits");
        assertTrue(throttle.begin("zaisei", ELSEWHERE), "the owner, elsewhere, does not");
    }

    @Test
    void oneAddress_tryingManyAccounts_isHeldToItsOwnCap() {
        SignInThrottle throttle = new SignInThrottle(NOW);
        int allowed = 0;
        for (int account = 0; account < 100; account++) {
            for (int i = 0; i < 2; i++) {
                allowed += throttle.begin("user" + account, HERE) ? 1 : 0;
            }
        }

        assertEquals(SignInThrottle.FREE_FAILURES_PER_ADDRESS, allowed, "two guesses at each of 100 accounts stop at the cap");
        assertTrue(throttle.begin("user0", ELSEWHERE), "other addresses are not held up");
    }

    @Test
    void successes_doNotCountAgainstTheAddress() {
        SignInThrottle throttle = new SignInThrottle(NOW);
        for (int i = 0; i < 3 * SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertTrue(throttle.begin("user" + i, HERE), "attempt " + i);
            throttle.succeeded("user" + i, HERE);
        }
    }
}
