package org.luoshi.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's one clock (the {@code Clock} bean everyone injects): the time of a base clock (the system's,
 * or the test's movable one) in the association's zone, except on a thread that {@link #callAt pinned} it. The demo
 * uses that to play five weeks of history through the real services, each step at the moment it tells of, while
 * requests on every other thread keep the real time.
 */
public final class BusinessClock extends Clock {

    private final Clock base;
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    public BusinessClock(Clock base) {
        this.base = Objects.requireNonNull(base);
    }

    /** Runs {@code action} with this thread's clock standing at {@code at}; other threads are not affected. */
    public <T> T callAt(Instant at, Supplier<T> action) {
        Instant before = pinned.get();
        pinned.set(Objects.requireNonNull(at));
        try {
            return action.get();
        } finally {
            if (before == null) {
                pinned.remove();
            } else {
                pinned.set(before);
            }
        }
    }

    public void runAt(Instant at, Runnable action) {
        callAt(at, () -> {
            action.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at != null ? at : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new Zoned(this, zone);
    }

    /** The same (possibly pinned) time seen from another zone. */
    private static final class Zoned extends Clock {

        private final BusinessClock clock;
        private final ZoneId zone;

        Zoned(BusinessClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return clock.withZone(other);
        }
    }
}
