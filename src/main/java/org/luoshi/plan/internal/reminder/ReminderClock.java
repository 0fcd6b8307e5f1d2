package org.luoshi.plan.internal.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Today" for 催办, on the customer's calendar ({@code luoshi.reminders.zone}). The time comes from a
 * {@link Clock} bean when the application (or a test that moves time) provides one, otherwise from the system.
 */
@Component
class ReminderClock {

    private final ObjectProvider<Clock> clocks;
    private final ReminderProperties properties;

    ReminderClock(ObjectProvider<Clock> clocks, ReminderProperties properties) {
        this.clocks = clocks;
        this.properties = properties;
    }

    /** One reading of the clock, so that every step of a run agrees on the day. */
    Moment now() {
        Instant instant = clocks.getIfAvailable(Clock::systemUTC).instant();
        return new Moment(instant, LocalDate.ofInstant(instant, properties.zone()));
    }

    record Moment(Instant instant, LocalDate today) {

        OffsetDateTime timestamp() {
            return instant.atOffset(ZoneOffset.UTC);
        }

        /** The start of the day that lies {@code period} before today: "at least that long ago" means before it. */
        OffsetDateTime startOfDayBefore(Period period, java.time.ZoneId zone) {
            return today.minus(period).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        }
    }
}
