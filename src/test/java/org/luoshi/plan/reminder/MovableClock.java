package org.luoshi.plan.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: the system clock until a test moves it, so reminder tests can live through
 * weeks in a second. Tests that move it put it back ({@link #reset()}) when they finish.
 */
@Component
@Primary
public class MovableClock extends Clock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private volatile Instant fixed;

    /** Mid-morning of {@code day} in China, after the daily run would have started. */
    public void setTo(LocalDate day) {
        fixed = day.atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant moved = fixed;
        return moved == null ? Instant.now() : moved;
    }
}
