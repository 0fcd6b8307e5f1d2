package org.luoshi.plan.internal.reminder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.internal.reminder.ReminderClock.Moment;
import org.luoshi.shared.error.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 逾期上报: when an overdue item's second reminder has gone unanswered for a whole reminder period, the unit that
 * assigned it hears about it once, with the laggard named. Two reminders before escalation is the customer's
 * rule (issue 3, 催办). Escalations are few, so the names are looked up one assignment at a time.
 */
@Component
class Escalations {

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Messages messages;
    private final ReminderProperties properties;

    Escalations(JdbcClient jdbc, UnitDirectory units, Messages messages, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.units = units;
        this.messages = messages;
        this.properties = properties;
    }

    int escalate(Moment now, long after, long upTo) {
        List<Missed> missed = jdbc.sql("""
                update assignment_item ai set escalated_at = :now
                  from assignment a, plan p, plan_item pi
                 where ai.assignment_id = a.id and a.plan_id = p.id and pi.id = ai.item_id
                   and a.id > :after and a.id <= :upTo and p.status = 'ISSUED' and ai.status <> 'ACCEPTED'
                   and ai.due_on < :today and ai.reminder_count >= 2 and ai.last_reminded_at < :repeatAfter
                   and ai.escalated_at is null
                returning a.id as assignment_id, a.unit_id, a.assigner_unit_id, p.id as plan_id,
                          p.title as plan_title, pi.citation as numbering, pi.title as item_title, ai.due_on
                """)
                .param("now", now.timestamp())
                .param("today", now.today())
                .param("after", after).param("upTo", upTo)
                .param("repeatAfter", now.startOfDayBefore(properties.overdueEvery(), properties.zone()))
                .query(Missed.class).list();
        Map<Long, List<Missed>> byAssignment = missed.stream()
                .collect(Collectors.groupingBy(Missed::assignmentId, LinkedHashMap::new, Collectors.toList()));
        byAssignment.values().forEach(items -> notifyAssigner(now, items));
        return byAssignment.size();
    }

    private void notifyAssigner(Moment now, List<Missed> items) {
        Missed first = items.get(0);
        UnitRef laggard = units.find(first.unitId()).orElseThrow();
        UnitRef assigner = units.find(first.assignerUnitId()).orElseThrow();
        String lines = items.stream()
                .map(item -> messages.get("reminder.escalation.line", item.numbering(), item.itemTitle(),
                        item.dueOn().toString(), now.today().toEpochDay() - item.dueOn().toEpochDay()))
                .collect(Collectors.joining("\n"));
        jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, body, link, plan_id, assignment_id,
                                          created_at)
                values (:unit, :path, :kind, :title, :body, :link, :plan, :assignment, :now)
                """)
                .param("unit", assigner.id()).param("path", assigner.path())
                .param("kind", NotificationKind.ESCALATION.name())
                .param("title", Texts.fit(messages.get("reminder.escalation.title", laggard.name(), first.planTitle()),
                        200))
                .param("body", messages.get("reminder.escalation.body", laggard.name(), first.planTitle(), lines))
                .param("link", "/plans/" + first.planId())
                .param("plan", first.planId()).param("assignment", first.assignmentId())
                .param("now", now.timestamp())
                .update();
    }

    record Missed(long assignmentId, long unitId, long assignerUnitId, long planId, String planTitle,
            String numbering, String itemTitle, LocalDate dueOn) {
    }
}
