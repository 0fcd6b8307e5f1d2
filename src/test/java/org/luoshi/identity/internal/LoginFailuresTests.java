package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailuresTests {

    private final LockoutProperties policy = new LockoutProperties(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        LoginFailures failures = LoginFailures.NONE;
        for (int i = 0; i < 4; i++) {
            failures = failures.afterFailure(now, policy);
            assertThat(failures.lockedAt(now)).isFalse();
        }
        failures = failures.afterFailure(now, policy);
        assertThat(failures.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(failures.lockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(failures.lockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aFailureAfterTheLockRanOutStartsCountingAgain() {
        LoginFailures expired = new LoginFailures(5, now.minusSeconds(1));
        LoginFailures next = expired.afterFailure(now, policy);
        assertThat(next.count()).isEqualTo(1);
        assertThat(next.lockedAt(now)).isFalse();
    }

    @Test
    void defaultsAreFiveAttemptsAndFifteenMinutes() {
        LockoutProperties defaults = new LockoutProperties(0, null);
        assertThat(defaults.maxAttempts()).isEqualTo(5);
        assertThat(defaults.duration()).isEqualTo(Duration.ofMinutes(15));
    }
}
