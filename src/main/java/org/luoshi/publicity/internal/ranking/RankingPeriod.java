package org.luoshi.publicity.internal.ranking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
     * The whole calendar months (UTC, as publicity_ranking_month keeps them) inside the period: from the first month
     * that starts at or after the period's start to the last month start at or before its end. A period holding no
     * whole month gives an empty range at its end, so that all of it is read day by day.
     */
    public WholeMonths wholeMonths(ZoneId zone) {
        OffsetDateTime start = start(zone).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime until = until(zone).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime first = start.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
        if (first.isBefore(start)) {
            first = first.plusMonths(1);
        }
        OffsetDateTime last = until.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
        if (!first.isBefore(last)) {
            return new WholeMonths(until, until);
        }
        return new WholeMonths(first, last);
    }

    /** [from, until): whole UTC months, each end the start of a month (or both the period's end). */
    public record WholeMonths(OffsetDateTime from, OffsetDateTime until) {

        public LocalDate firstMonth() {
            return from.toLocalDate();
        }

        public LocalDate endMonth() {
            return until.toLocalDate();
        }
    }

    /** The first instant after the period: the start of the day after {@code to}. */
    public OffsetDateTime until(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
