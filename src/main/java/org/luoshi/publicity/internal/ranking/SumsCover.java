package org.luoshi.publicity.internal.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whole UTC days [from, until) as rows of V110's sums per year, month and day, each row added or taken away, chosen
 * so that few rows are read: a year of data is one row per unit, a month about as many, a day about two fifths of
 * that (5,196 units, 500,000 submissions). A year starting on 7 December is then December's month less its first
 * six days, plus the next year less the days after the period's end (which are empty when it ends today), instead of
 * eleven months and thirty-one days. Each part holds the first day of its year, month or day and its sign.
 */
public final class SumsCover {

    /** The rows one table keeps, and about how many a unit-period costs to read compared to the others. */
    public enum Grain {
        YEAR(5), MONTH(5), DAY(2);

        private final int weight;

        Grain(int weight) {
            this.weight = weight;
        }

        LocalDate floor(LocalDate day) {
            return switch (this) {
                case YEAR -> day.withDayOfYear(1);
                case MONTH -> day.withDayOfMonth(1);
                case DAY -> day;
            };
        }

        LocalDate next(LocalDate first) {
            return switch (this) {
                case YEAR -> first.plusYears(1);
                case MONTH -> first.plusMonths(1);
                case DAY -> first.plusDays(1);
            };
        }

        Grain finer() {
            return this == YEAR ? MONTH : DAY;
        }
    }

    private final Map<Grain, Map<LocalDate, Integer>> parts;

    private SumsCover(Map<Grain, Map<LocalDate, Integer>> parts) {
        this.parts = parts;
    }

    private static SumsCover empty() {
        Map<Grain, Map<LocalDate, Integer>> parts = new TreeMap<>();
        for (Grain grain : Grain.values()) {
            parts.put(grain, new TreeMap<>());
        }
        return new SumsCover(parts);
    }

    /** The cover of the days [from, until) read in the fewest rows (an empty cover when from is not before until). */
    public static SumsCover of(LocalDate from, LocalDate until) {
        return cover(from, until, Grain.YEAR);
    }

    private static SumsCover cover(LocalDate from, LocalDate until, Grain grain) {
        SumsCover cover = empty();
        if (!from.isBefore(until)) {
            return cover;
        }
        if (grain == Grain.DAY) {
            for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
                cover.add(Grain.DAY, day, 1);
            }
            return cover;
        }
        LocalDate first = grain.floor(from);
        LocalDate whole = first.equals(from) ? from : grain.next(first);
        LocalDate last = grain.floor(until);
        if (whole.isAfter(last)) {
            return cheaper(cover(from, until, grain.finer()), around(first, from, until, grain));
        }
        for (LocalDate unit = whole; unit.isBefore(last); unit = grain.next(unit)) {
            cover.add(grain, unit, 1);
        }
        if (from.isBefore(whole)) {
            cover.add(cheaper(cover(from, whole, grain.finer()), around(first, from, whole, grain)), 1);
        }
        if (last.isBefore(until)) {
            cover.add(cheaper(cover(last, until, grain.finer()), around(last, last, until, grain)), 1);
        }
        return cover;
    }

    /** [from, until) inside the unit starting at {@code first}: the whole unit less what lies outside the days. */
    private static SumsCover around(LocalDate first, LocalDate from, LocalDate until, Grain grain) {
        SumsCover cover = empty();
        cover.add(grain, first, 1);
        cover.add(cover(first, from, grain.finer()), -1);
        cover.add(cover(until, grain.next(first), grain.finer()), -1);
        return cover;
    }

    private static SumsCover cheaper(SumsCover one, SumsCover other) {
        return other.cost() < one.cost() ? other : one;
    }

    private void add(Grain grain, LocalDate first, int sign) {
        parts.get(grain).merge(first, sign, (a, b) -> a + b == 0 ? null : a + b);
    }

    private void add(SumsCover other, int sign) {
        other.parts.forEach((grain, signs) -> signs.forEach((first, s) -> add(grain, first, s * sign)));
    }

    int cost() {
        return parts.entrySet().stream().mapToInt(e -> e.getKey().weight * e.getValue().size()).sum();
    }

    /** The first days of the rows of one table, as a PostgreSQL array literal ({2026-01-01,…}). */
    public String firsts(Grain grain) {
        return literal(new ArrayList<>(parts.get(grain).keySet()));
    }

    /** Their signs, in the same order. */
    public String signs(Grain grain) {
        return literal(new ArrayList<>(parts.get(grain).values()));
    }

    /** Each day's sign, summed over the parts: 1 for every day of the cover, for the tests. */
    Map<LocalDate, Integer> days() {
        Map<LocalDate, Integer> days = new TreeMap<>();
        parts.forEach((grain, signs) -> signs.forEach((first, sign) -> {
            for (LocalDate day = first; day.isBefore(grain.next(first)); day = day.plusDays(1)) {
                days.merge(day, sign, (a, b) -> a + b == 0 ? null : a + b);
            }
        }));
        return days;
    }

    private static String literal(List<?> values) {
        StringBuilder sb = new StringBuilder("{");
        values.forEach(v -> sb.append(sb.length() > 1 ? "," : "").append(v));
        return sb.append('}').toString();
    }

    @Override
    public String toString() {
        return parts.toString();
    }
}
