package org.luoshi.plan.internal.reminder;

import java.util.Map;
import org.luoshi.plan.internal.reminder.ReminderClock.Moment;
import org.luoshi.shared.error.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The automatic 催办 of one batch of assignments, each step one set-based statement. A step marks what it reminded
 * (on the item, or by the notification it wrote), so running the same day again finds nothing left to do.
 * Notification texts are patterns from the message bundle filled in by PostgreSQL's {@code format()}.
 */
@Component
class AutomaticReminders {

    /** The batch: assignments with ids in (after, upTo] of issued plans, items not yet accepted. */
    private static final String OPEN_ITEMS_OF_BATCH = """
            ai.assignment_id = a.id and a.plan_id = p.id and pi.id = ai.item_id
               and a.id > :after and a.id <= :upTo and p.status = 'ISSUED' and ai.status <> 'ACCEPTED'
            """;

    private static final String NOTIFY_UNITS_OF_REMINDED = """
            insert into notification (unit_id, unit_path, kind, title, body, link, plan_id, assignment_id, created_at)
            select a.unit_id, a.unit_path, :kind, format(:title, left(p.title, 150)),
                   string_agg(format(:line, r.numbering, r.item_title, r.due_on, :today - r.due_on), E'\\n'
                              order by r.sort_order, r.item_id),
                   '/plans/' || p.id, p.id, a.id, :now
              from reminded r join assignment a on a.id = r.assignment_id join plan p on p.id = a.plan_id
             group by a.id, a.unit_id, a.unit_path, p.id, p.title
            """;

    private final JdbcClient jdbc;
    private final Messages messages;
    private final ReminderProperties properties;

    AutomaticReminders(JdbcClient jdbc, Messages messages, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
    }

    /** Units that have not acknowledged in time; repeated every {@code overdue-every} while they still have not. */
    int remindToAcknowledge(Moment now, long after, long upTo) {
        return jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, body, link, plan_id, assignment_id,
                                          created_at)
                select a.unit_id, a.unit_path, :kind, format(:title, left(p.title, 150)),
                       format(:body, p.title, to_char(a.issued_at at time zone :zone, 'YYYY-MM-DD')),
                       '/plans/' || p.id, p.id, a.id, :now
                  from assignment a join plan p on p.id = a.plan_id
                 where a.id > :after and a.id <= :upTo and p.status = 'ISSUED' and a.status = 'ISSUED'
                   and a.issued_at < :issuedBefore
                   and not exists (select 1 from notification n
                                    where n.assignment_id = a.id and n.kind = :kind and n.created_at >= :repeatAfter)
                """)
                .param("kind", NotificationKind.ACKNOWLEDGE.name())
                .param("title", messages.get("reminder.acknowledge.title"))
                .param("body", messages.get("reminder.acknowledge.body"))
                .param("zone", properties.zone().getId())
                .param("now", now.timestamp())
                .param("after", after).param("upTo", upTo)
                .param("issuedBefore", now.startOfDayBefore(properties.acknowledgeWithin(), properties.zone()))
                .param("repeatAfter", now.startOfDayBefore(properties.overdueEvery(), properties.zone()))
                .update();
    }

    /** Items due within {@code before-due}: one reminder each, before anything else was sent for them. */
    int remindDueSoon(Moment now, long after, long upTo) {
        return remind(NotificationKind.DUE_SOON, now, after, upTo, """
                set last_reminded_at = :now
                """, """
                ai.due_on >= :today and ai.due_on <= :soonUntil and ai.last_reminded_at is null
                """, Map.of("soonUntil", now.today().plus(properties.beforeDue())));
    }

    /** Overdue items: the first reminder the day after the due date, then every {@code overdue-every}. */
    int remindOverdue(Moment now, long after, long upTo) {
        return remind(NotificationKind.OVERDUE, now, after, upTo, """
                set last_reminded_at = :now, reminder_count = ai.reminder_count + 1
                """, """
                ai.due_on < :today and (ai.reminder_count = 0 or ai.last_reminded_at < :repeatAfter)
                """, Map.of("repeatAfter", now.startOfDayBefore(properties.overdueEvery(), properties.zone())));
    }

    private int remind(NotificationKind kind, Moment now, long after, long upTo, String set, String due,
            Map<String, Object> dueParams) {
        String key = "reminder." + kind.key();
        return jdbc.sql("with reminded as (update assignment_item ai " + set
                        + " from assignment a, plan p, plan_item pi where " + OPEN_ITEMS_OF_BATCH + " and " + due
                        + " returning ai.assignment_id, ai.item_id, ai.due_on, pi.citation as numbering, pi.title as item_title,"
                        + " pi.sort_order) " + NOTIFY_UNITS_OF_REMINDED)
                .params(dueParams)
                .param("kind", kind.name())
                .param("title", messages.get(key + ".title"))
                .param("line", messages.get(key + ".line"))
                .param("now", now.timestamp())
                .param("today", now.today())
                .param("after", after).param("upTo", upTo)
                .update();
    }
}
