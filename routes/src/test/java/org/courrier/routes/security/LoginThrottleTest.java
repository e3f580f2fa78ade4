package org.courrier.routes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void afterFiveFailuresForANameEachTryWaitsLongerUpToFiveMinutes() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitBefore("anne", "10.0.0.1")).isZero();
            throttle.failed("anne", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("anne", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("ANNE", "10.0.0.2"))
                .as("another address, same name")
                .isPositive();
        assertThat(throttle.waitBefore("bob", "10.0.0.2")).isZero();

        clock.advance(Duration.ofSeconds(1));
        throttle.failed("anne", "10.0.0.1");
        assertThat(throttle.waitBefore("anne", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 15; i++) {
            clock.advance(throttle.waitBefore("anne", "10.0.0.1"));
            throttle.failed("anne", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("anne", "10.0.0.1")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void oneAddressTryingManyNamesWaitsToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBefore("someone-new", "10.0.0.9")).isPositive();
        assertThat(throttle.waitBefore("someone-new", "10.0.0.8")).isZero();
    }

    @Test
    void aSuccessClearsTheNameAndQuietTimeForgetsEverything() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("anne", "10.0.0.1");
        }
        throttle.succeeded("anne");
        assertThat(throttle.waitBefore("anne", "10.0.0.1")).isZero();

        for (int i = 0; i < 25; i++) {
            throttle.failed("bob", "10.0.0.3");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.waitBefore("bob", "10.0.0.3")).isZero();
    }
}
