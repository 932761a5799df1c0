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

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void parallelGuesses_cannotAllSlipThrough_beforeTheFirstIsCounted() throws Exception {
        SignInThrottle throttle = new SignInThrottle(NOW);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            guesses.add(() -> throttle.begin("kikaku"));
        }
        long allowed = 0;
        for (Future<Boolean> guess : threads.invokeAll(guesses)) {
            allowed += guess.get() ? 1 : 0;
        }
        threads.shutdown();
        assertEquals(SignInThrottle.FREE_FAILURES, allowed, "five attempts, then the name waits");
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
            assertTrue(throttle.begin("zaisei"));
        }
        assertFalse(throttle.begin("zaisei"));
        now[0] = now[0].plus(Duration.ofSeconds(31));
        assertTrue(throttle.begin("zaisei"), "30 s later one more try");
        assertFalse(throttle.begin("zaisei"), "and then a minute's wait");
        now[0] = now[0].plus(Duration.ofSeconds(61));
        assertTrue(throttle.begin("zaisei"));
        throttle.succeeded("zaisei");
        assertTrue(throttle.begin("zaisei"), "a success clears the count");
        assertTrue(throttle.begin("other"), "names are counted apart");
    }
}
