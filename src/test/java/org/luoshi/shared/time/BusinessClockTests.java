package org.luoshi.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The demo plays its history on a clock pinned for its own thread; everyone else keeps the real time. */
class BusinessClockTests {

    private static final Instant REAL = Instant.parse("2026-12-07T02:00:00Z");
    private static final Instant FIVE_WEEKS_AGO = Instant.parse("2026-11-02T01:00:00Z");

    private final BusinessClock clock = new BusinessClock(Clock.fixed(REAL, ZoneId.of("Asia/Shanghai")));

    @Test
    void aPinnedThreadSeesItsMomentAndOtherThreadsTheRealTime() throws Exception {
        clock.runAt(FIVE_WEEKS_AGO, () -> {
            assertThat(clock.instant()).isEqualTo(FIVE_WEEKS_AGO);
            assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(FIVE_WEEKS_AGO);
            assertThat(CompletableFuture.supplyAsync(clock::instant).join()).isEqualTo(REAL);
        });

        assertThat(clock.instant()).isEqualTo(REAL);
    }

    @Test
    void aNestedPinGivesBackTheOuterMoment() {
        Instant later = FIVE_WEEKS_AGO.plusSeconds(3600);

        Instant seen = clock.callAt(FIVE_WEEKS_AGO, () -> {
            clock.runAt(later, () -> assertThat(clock.instant()).isEqualTo(later));
            return clock.instant();
        });

        assertThat(seen).isEqualTo(FIVE_WEEKS_AGO);
        assertThat(clock.instant()).isEqualTo(REAL);
    }

    @Test
    void theMomentIsGivenBackWhenTheStepFails() {
        try {
            clock.runAt(FIVE_WEEKS_AGO, () -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the demo step was refused; the thread's clock must not stay in the past
        }

        assertThat(clock.instant()).isEqualTo(REAL);
    }
}
