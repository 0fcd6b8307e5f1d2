package org.luoshi.plan.internal.reminder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.UnitsReminded.Item;
import org.luoshi.plan.UnitsReminded.Reminder;
import org.luoshi.plan.internal.reminder.ReminderClock.Moment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The automatic 催办 of one batch of assignments, each step one set-based statement that marks what it chases (on
 * the assignment or the item) and returns it, so running the same day again finds nothing left to do. What the
 * units are told, and how, is the notification module's: the job publishes the returned reminders as an event.
 */
@Component
class AutomaticReminders {

    /** The batch: assignments with ids in (after, upTo] of issued plans, items not yet accepted. */
    private static final String OPEN_ITEMS_OF_BATCH = """
            ai.assignment_id = a.id and a.plan_id = p.id and pi.id = ai.item_id
               and a.id > :after and a.id <= :upTo and p.status = 'ISSUED' and ai.status <> 'ACCEPTED'
            """;

    static final String RETURNING_ITEMS = """
             returning a.id as assignment_id, a.plan_id, a.unit_id, a.unit_path, a.assigner_unit_id,
                       p.title as plan_title, a.issued_at::date as issued_on, ai.item_id, pi.citation,
                       pi.title as item_title, ai.due_on, pi.sort_order
            """;

    private final JdbcClient jdbc;
    private final ReminderProperties properties;

    AutomaticReminders(JdbcClient jdbc, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Units that have not acknowledged in time; repeated every {@code overdue-every} while they still have not. */
    List<Reminder> remindToAcknowledge(Moment now, long after, long upTo) {
        return jdbc.sql("""
                update assignment a set acknowledge_reminded_at = :now
                  from plan p
                 where p.id = a.plan_id and a.id > :after and a.id <= :upTo and p.status = 'ISSUED'
                   and a.status = 'ISSUED' and a.issued_at < :issuedBefore
                   and (a.acknowledge_reminded_at is null or a.acknowledge_reminded_at < :repeatAfter)
                returning a.id, a.plan_id, a.unit_id, a.unit_path, a.assigner_unit_id, p.title, a.issued_at::date
                """)
                .param("now", now.timestamp())
                .param("after", after).param("upTo", upTo)
                .param("issuedBefore", now.startOfDayBefore(properties.acknowledgeWithin()))
                .param("repeatAfter", now.startOfDayBefore(properties.overdueEvery()))
                .query((rs, i) -> new Reminder(new AssignmentRef(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getLong(5)), rs.getString(6), rs.getObject(7, LocalDate.class), List.of()))
                .list();
    }

    /** Items due within {@code before-due}: one reminder each, before anything else was sent for them. */
    List<Reminder> remindDueSoon(Moment now, long after, long upTo) {
        return remind(now, after, upTo, """
                set last_reminded_at = :now
                """, """
                ai.due_on >= :today and ai.due_on <= :soonUntil and ai.last_reminded_at is null
                """, Map.of("soonUntil", now.today().plus(properties.beforeDue())));
    }

    /** Overdue items: the first reminder the day after the due date, then every {@code overdue-every}. */
    List<Reminder> remindOverdue(Moment now, long after, long upTo) {
        return remind(now, after, upTo, """
                set last_reminded_at = :now, reminder_count = ai.reminder_count + 1
                """, """
                ai.due_on < :today and (ai.reminder_count = 0 or ai.last_reminded_at < :repeatAfter)
                """, Map.of("repeatAfter", now.startOfDayBefore(properties.overdueEvery())));
    }

    private List<Reminder> remind(Moment now, long after, long upTo, String set, String due,
            Map<String, Object> dueParams) {
        List<RemindedItem> items = jdbc.sql("update assignment_item ai " + set
                        + " from assignment a, plan p, plan_item pi where " + OPEN_ITEMS_OF_BATCH + " and " + due
                        + RETURNING_ITEMS)
                .params(dueParams)
                .param("now", now.timestamp())
                .param("today", now.today())
                .param("after", after).param("upTo", upTo)
                .query(RemindedItem.class).list();
        return byAssignment(items);
    }

    /** One reminder per assignment, listing its items in document order. */
    static List<Reminder> byAssignment(List<RemindedItem> items) {
        Map<Long, List<RemindedItem>> grouped = items.stream()
                .sorted(Comparator.comparingLong(RemindedItem::assignmentId)
                        .thenComparingInt(RemindedItem::sortOrder).thenComparingLong(RemindedItem::itemId))
                .collect(Collectors.groupingBy(RemindedItem::assignmentId, LinkedHashMap::new, Collectors.toList()));
        return grouped.values().stream().map(RemindedItem::reminder).toList();
    }

    /** A row an update returned: the item reminded, with its assignment and plan. */
    record RemindedItem(long assignmentId, long planId, long unitId, String unitPath, long assignerUnitId,
            String planTitle, LocalDate issuedOn, long itemId, String citation, String itemTitle, LocalDate dueOn,
            int sortOrder) {

        static Reminder reminder(List<RemindedItem> ofOneAssignment) {
            RemindedItem first = ofOneAssignment.get(0);
            return new Reminder(new AssignmentRef(first.assignmentId, first.planId, first.unitId, first.unitPath,
                    first.assignerUnitId), first.planTitle, first.issuedOn,
                    ofOneAssignment.stream().map(item -> new Item(item.citation, item.itemTitle, item.dueOn)).toList());
        }
    }
}
