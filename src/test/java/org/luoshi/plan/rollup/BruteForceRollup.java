package org.luoshi.plan.rollup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupLaggard;
import org.luoshi.plan.RollupWeek;

/**
 * The roll-up counted the slow, obvious way in Java over every row of the plan, following the shared definitions
 * word for word: the reference the SQL must agree with.
 */
record BruteForceRollup(List<Row> assignments, List<ItemRow> items, LocalDate asOf) {

    record Row(long id, long unitId, String unitPath, String status, String implStatus, LocalDate issuedOn,
            LocalDate acknowledgedOn, LocalDate implSubmittedOn, LocalDate implReviewedOn) {
    }

    record ItemRow(long assignmentId, long itemId, LocalDate dueOn, String status, LocalDate acceptedOn) {
    }

    List<Row> subtree(String prefix) {
        return assignments.stream().filter(a -> a.unitPath().startsWith(prefix) && !a.issuedOn().isAfter(asOf))
                .toList();
    }

    RollupFigures figures(List<Row> rows, Predicate<ItemRow> itemFilter) {
        long assignments = rows.size();
        long acknowledged = rows.stream().filter(this::acknowledged).count();
        long submitted = rows.stream().filter(this::implSubmitted).count();
        long approved = rows.stream().filter(this::implApproved).count();
        List<ItemRow> own = items.stream().filter(itemFilter)
                .filter(i -> rows.stream().anyMatch(a -> a.id() == i.assignmentId())).toList();
        return RollupFigures.of(assignments, acknowledged, submitted, approved, own.size(),
                own.stream().filter(this::accepted).count(), own.stream().filter(this::onTime).count(),
                own.stream().filter(this::overdue).count());
    }

    /** Per item, the assignments are those carrying the item. */
    RollupFigures itemFigures(List<Row> rows, long itemId) {
        List<Row> carrying = rows.stream().filter(a -> items.stream()
                .anyMatch(i -> i.assignmentId() == a.id() && i.itemId() == itemId)).toList();
        return figures(carrying, i -> i.itemId() == itemId);
    }

    static String child(String prefix, String path) {
        String rest = path.substring(prefix.length());
        return rest.isEmpty() ? "" : rest.substring(0, rest.indexOf('/'));
    }

    boolean acknowledged(Row a) {
        return !a.status().equals("ISSUED") && (a.acknowledgedOn() == null || !a.acknowledgedOn().isAfter(asOf));
    }

    boolean implSubmitted(Row a) {
        return !a.implStatus().equals("NONE") && (a.implSubmittedOn() == null || !a.implSubmittedOn().isAfter(asOf));
    }

    boolean implApproved(Row a) {
        return a.implStatus().equals("APPROVED") && (a.implReviewedOn() == null || !a.implReviewedOn().isAfter(asOf));
    }

    boolean accepted(ItemRow i) {
        return i.status().equals("ACCEPTED") && (i.acceptedOn() == null || !i.acceptedOn().isAfter(asOf));
    }

    boolean onTime(ItemRow i) {
        return accepted(i) && (i.dueOn() == null || i.acceptedOn() != null && !i.acceptedOn().isAfter(i.dueOn()));
    }

    boolean overdue(ItemRow i) {
        return !accepted(i) && i.dueOn() != null && i.dueOn().isBefore(asOf);
    }

    List<RollupLaggard> laggards(String prefix, int acknowledgeWithinDays) {
        List<RollupLaggard> laggards = new ArrayList<>();
        for (Row a : subtree(prefix)) {
            List<ItemRow> overdue = items.stream().filter(i -> i.assignmentId() == a.id() && overdue(i)).toList();
            Integer daysOverdue = overdue.stream().map(i -> (int) ChronoUnit.DAYS.between(i.dueOn(), asOf))
                    .max(Integer::compare).orElse(null);
            Integer unacknowledged = acknowledged(a) ? null : (int) ChronoUnit.DAYS.between(a.issuedOn(), asOf);
            if (!overdue.isEmpty() || unacknowledged != null && unacknowledged > acknowledgeWithinDays) {
                laggards.add(new RollupLaggard(a.unitId(), null, a.unitPath(), a.id(), overdue.size(), daysOverdue,
                        acknowledged(a), unacknowledged));
            }
        }
        laggards.sort(Comparator.comparing(RollupLaggard::daysOverdue, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RollupLaggard::overdueItems, Comparator.reverseOrder())
                .thenComparing(RollupLaggard::daysUnacknowledged, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RollupLaggard::unitPath));
        return laggards;
    }

    List<RollupWeek> trend(String prefix) {
        List<Row> rows = subtree(prefix);
        List<ItemRow> own = items.stream().filter(i -> rows.stream().anyMatch(a -> a.id() == i.assignmentId()))
                .toList();
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        rows.stream().filter(a -> acknowledged(a) && a.acknowledgedOn() != null)
                .forEach(a -> weeks.computeIfAbsent(monday(a.acknowledgedOn()), w -> new long[2])[0]++);
        own.stream().filter(i -> accepted(i) && i.acceptedOn() != null)
                .forEach(i -> weeks.computeIfAbsent(monday(i.acceptedOn()), w -> new long[2])[1]++);
        List<RollupWeek> trend = new ArrayList<>();
        if (weeks.isEmpty()) {
            return trend;
        }
        long acknowledged = 0;
        long accepted = 0;
        LocalDate last = monday(asOf);
        for (LocalDate week = ((TreeMap<LocalDate, long[]>) weeks).firstKey(); !week.isAfter(last);
                week = week.plusWeeks(1)) {
            long[] counts = weeks.getOrDefault(week, new long[2]);
            acknowledged += counts[0];
            accepted += counts[1];
            trend.add(new RollupWeek(week, "%d-W%02d".formatted(week.get(IsoFields.WEEK_BASED_YEAR),
                    week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), counts[0], counts[1], acknowledged, accepted,
                    RollupFigures.percent(acknowledged, rows.size()), RollupFigures.percent(accepted, own.size())));
        }
        return trend;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }
}
