package org.luoshi.activity.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.activity.internal.activity.ActivityQueries.Entry;
import org.luoshi.shared.error.BusinessException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A month (whole weeks, Monday first) or a week of days, each with the activities that take place on it: an
 * activity over several days (a 研修班) shows on each of them.
 *
 * @param from     the first day shown
 * @param to       the day after the last one shown
 * @param previous the anchor of the month or week before
 * @param next     the anchor of the month or week after
 */
public record CalendarGrid(String view, LocalDate anchor, LocalDate from, LocalDate to, List<Day> days,
        LocalDate previous, LocalDate next) {

    /** A day of the grid; {@code inPeriod} false for the days of the next or last month that fill its weeks. */
    public record Day(LocalDate date, boolean inPeriod, boolean today, List<Entry> entries) {

        public boolean weekend() {
            return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }

    /** A date asked for in a parameter, refused (400, naming it) outside 2000–2100, where no activity lies. */
    public static LocalDate checked(String field, LocalDate date) {
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
            throw BusinessException.invalid(field, "activity.time.year",
                    new DefaultMessageSourceResolvable("field." + field));
        }
        return date;
    }

    /** The range of days a view of {@code anchor} shows, to ask the activities for: [from, to). */
    public static LocalDate[] range(String view, LocalDate anchor) {
        if ("week".equals(view)) {
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new LocalDate[] {monday, monday.plusDays(7)};
        }
        YearMonth month = YearMonth.from(anchor);
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return new LocalDate[] {first, last.plusDays(1)};
    }

    public static CalendarGrid of(String view, LocalDate anchor, LocalDate today, List<Entry> entries, ZoneId zone) {
        LocalDate[] range = range(view, anchor);
        boolean week = "week".equals(view);
        YearMonth month = YearMonth.from(anchor);
        List<Day> days = new ArrayList<>();
        for (LocalDate d = range[0]; d.isBefore(range[1]); d = d.plusDays(1)) {
            Instant start = d.atStartOfDay(zone).toInstant();
            Instant end = d.plusDays(1).atStartOfDay(zone).toInstant();
            List<Entry> on = entries.stream()
                    .filter(e -> e.startsAt().isBefore(end) && e.endsAt().isAfter(start)).toList();
            days.add(new Day(d, week || YearMonth.from(d).equals(month), d.equals(today), on));
        }
        LocalDate previous = week ? range[0].minusWeeks(1) : month.minusMonths(1).atDay(1);
        LocalDate next = week ? range[0].plusWeeks(1) : month.plusMonths(1).atDay(1);
        return new CalendarGrid(week ? "week" : "month", anchor, range[0], range[1], days, previous, next);
    }

    /** The days that have an activity: what a phone lists instead of the grid. */
    public List<Day> busyDays() {
        return days.stream().filter(d -> d.inPeriod() && !d.entries().isEmpty()).toList();
    }

    public YearMonth month() {
        return YearMonth.from(anchor);
    }
}
