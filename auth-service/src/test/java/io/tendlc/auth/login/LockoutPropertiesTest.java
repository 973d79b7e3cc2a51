package io.tendlc.auth.login;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPropertiesTest {

    private final LockoutProperties defaults = new LockoutProperties(0, null, null, null);

    @Test
    void noLockBelowFiveFailuresThenThirtySecondsDoublingToFifteenMinutes() {
        assertThat(defaults.lockAfter(1)).isZero();
        assertThat(defaults.lockAfter(4)).isZero();
        assertThat(defaults.lockAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.lockAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.lockAfter(9)).isEqualTo(Duration.ofSeconds(480));
        assertThat(defaults.lockAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.lockAfter(1_000_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theLockNeverShrinksAsFailuresGrow() {
        for (long n = 1; n < 200; n++) {
            assertThat(defaults.lockAfter(n + 1)).isGreaterThanOrEqualTo(defaults.lockAfter(n));
        }
    }
}
