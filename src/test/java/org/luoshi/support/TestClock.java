package org.luoshi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application's one clock in tests: the real time until a test moves it, so a test can see what happens after
 * fifteen minutes or three weeks without waiting. Registered by {@link TestClockInitializer} in every test context;
 * a test that moves it calls {@link #reset} when it finishes.
 */
public final class TestClock extends Clock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final TestClock INSTANCE = new TestClock();

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant fixed;

    private TestClock() {
    }

    /** Moves time on from wherever it stands. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Stops time at mid-morning of {@code day} in China, after the daily jobs would have run. */
    public void setTo(LocalDate day) {
        fixed = day.atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant();
        offset = Duration.ZERO;
    }

    public void reset() {
        offset = Duration.ZERO;
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant base = fixed;
        return (base == null ? Instant.now() : base).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(zone);
    }

    /** The same moving time seen from another zone. */
    private static final class Zoned extends Clock {

        private final ZoneId zone;

        Zoned(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(other);
        }

        @Override
        public Instant instant() {
            return INSTANCE.instant();
        }
    }
}
