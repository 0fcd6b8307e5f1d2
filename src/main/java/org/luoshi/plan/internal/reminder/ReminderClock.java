package org.luoshi.plan.internal.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** "Today" for 催办: one reading of the business clock (zoned to {@code luoshi.zone}), which tests and the demo move. */
@Component
class ReminderClock {

    private final Clock clock;

    ReminderClock(Clock clock) {
        this.clock = clock;
    }

    /** One reading of the clock, so that every step of a run agrees on the day. */
    Moment now() {
        Instant instant = clock.instant();
        return new Moment(instant, clock.getZone(), LocalDate.ofInstant(instant, clock.getZone()));
    }

    record Moment(Instant instant, ZoneId zone, LocalDate today) {

        OffsetDateTime timestamp() {
            return instant.atOffset(ZoneOffset.UTC);
        }

        /** The start of the day that lies {@code period} before today: "at least that long ago" means before it. */
        OffsetDateTime startOfDayBefore(Period period) {
            return today.minus(period).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        }
    }
}
