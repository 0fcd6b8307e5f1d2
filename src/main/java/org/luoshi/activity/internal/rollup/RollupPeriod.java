package org.luoshi.activity.internal.rollup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.luoshi.shared.error.BusinessException;

/**
 * The days a roll-up covers, both included, in the association's zone: by default from the first of January of the
 * business clock's year to today. At most ten years, so a mistyped year does not scan a century.
 */
public record RollupPeriod(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 10;

    public static RollupPeriod of(LocalDate from, LocalDate to, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (start.getYear() < 2000 || end.getYear() > 2100) {
            throw BusinessException.invalid(start.getYear() < 2000 ? "from" : "to", "activity.rollup.period.range");
        }
        if (end.isBefore(start)) {
            throw BusinessException.invalid("to", "activity.rollup.period.order");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw BusinessException.invalid("to", "activity.rollup.period.tooLong", MAX_YEARS);
        }
        return new RollupPeriod(start, end);
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
