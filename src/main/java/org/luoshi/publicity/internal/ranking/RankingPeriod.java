package org.luoshi.publicity.internal.ranking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.luoshi.shared.error.BusinessException;

/**
 * 统计期间: the days from {@code from} to {@code to}, both included, in the association's zone. Left open, it is this
 * year up to today; a start after the end, or a day outside the years the system can hold, is refused by name.
 */
public record RankingPeriod(LocalDate from, LocalDate to) {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    public RankingPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period has both ends");
        }
    }

    /** The period asked for, each end defaulting to this year's: from 1 January, to today. */
    public static RankingPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        check("from", from);
        check("to", to);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw BusinessException.invalid("from", "ranking.period.reversed", start, end);
        }
        return new RankingPeriod(start, end);
    }

    private static void check(String field, LocalDate day) {
        if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
            throw BusinessException.invalid(field, "ranking.period.outOfRange", FIRST_YEAR, LAST_YEAR);
        }
    }

    /** The first instant of the period. */
    public OffsetDateTime start(ZoneId zone) {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    /**
     * Where the period is read from: its whole UTC days from V110's sums per year, month and day (as few rows as
     * {@link SumsCover} finds), and the hours of its first and last day that are not a whole UTC day (8 and 16 in
     * China) from the records by date, so that any zone the association keeps its days in is counted right. A
     * period holding no whole UTC day is read wholly from the records.
     */
    public Parts parts(ZoneId zone) {
        OffsetDateTime start = start(zone);
        OffsetDateTime until = until(zone);
        LocalDate firstDay = start.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        if (utc(firstDay).isBefore(start)) {
            firstDay = firstDay.plusDays(1);
        }
        LocalDate endDay = until.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        if (!firstDay.isBefore(endDay)) {
            return new Parts(start, until, SumsCover.of(endDay, endDay), until, until);
        }
        return new Parts(start, utc(firstDay), SumsCover.of(firstDay, endDay), utc(endDay), until);
    }

    private static OffsetDateTime utc(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /**
     * The period [start, until) in parts: the records in [start, dayStart) and [dayEnd, until), and the whole UTC
     * days [dayStart, dayEnd) as sums. Either may be empty; together they cover the period once.
     */
    public record Parts(OffsetDateTime start, OffsetDateTime dayStart, SumsCover sums, OffsetDateTime dayEnd,
            OffsetDateTime until) {
    }

    /** The first instant after the period: the start of the day after {@code to}. */
    public OffsetDateTime until(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
