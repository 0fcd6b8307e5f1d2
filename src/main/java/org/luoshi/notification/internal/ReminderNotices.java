package org.luoshi.notification.internal;

import org.luoshi.shared.text.BookTitle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.UnitsReminded;
import org.luoshi.plan.UnitsReminded.Item;
import org.luoshi.plan.UnitsReminded.Reminder;
import org.luoshi.shared.error.Messages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 催办 as notifications: one per chased assignment, listing its items, addressed to the chased unit (or, for an
 * escalation, to the unit that assigned the work, naming the laggard). Runs in the publisher's transaction, for
 * the reason given on {@link PlanNotices}: the reminder's marks and its notifications commit together, so a daily
 * run that fails halfway is simply run again.
 */
@Component
class ReminderNotices {

    private final Notifier notifier;
    private final UnitDirectory units;
    private final Messages messages;

    ReminderNotices(Notifier notifier, UnitDirectory units, Messages messages) {
        this.notifier = notifier;
        this.units = units;
        this.messages = messages;
    }

    @EventListener
    void on(UnitsReminded reminded) {
        Map<Long, UnitRef> named = units.findAll(Stream.concat(
                reminded.reminders().stream().map(r -> r.assignment().unitId()),
                Stream.ofNullable(reminded.byUnitId())).distinct().toList());
        notifier.send(reminded.reminders().stream().map(reminder -> notice(reminded, reminder, named)).toList());
    }

    private Notice notice(UnitsReminded reminded, Reminder reminder, Map<Long, UnitRef> named) {
        String plan = BookTitle.cite(reminder.planTitle());
        String key = "notification.reminder." + reminded.reason().name();
        long assignmentId = reminder.assignment().assignmentId();
        String link = Notice.taskLink(assignmentId);
        long planId = reminder.assignment().planId();
        return switch (reminded.reason()) {
            case ACKNOWLEDGE -> new Notice(reminder.assignment().unitId(), NotificationKind.ACKNOWLEDGE,
                    messages.get(key + ".title", plan), messages.get(key + ".body", plan,
                    String.valueOf(reminder.issuedOn())), link, planId, assignmentId, null);
            case DUE_SOON, OVERDUE -> new Notice(reminder.assignment().unitId(),
                    NotificationKind.valueOf(reminded.reason().name()), messages.get(key + ".title", plan),
                    lines(key, reminder.items(), reminded.today()), link, planId, assignmentId, null);
            case ESCALATION -> {
                String laggard = name(named, reminder.assignment().unitId());
                yield new Notice(reminder.assignment().assignerUnitId(), NotificationKind.ESCALATION,
                        messages.get(key + ".title", laggard, plan), messages.get(key + ".body", laggard, plan,
                        lines(key, reminder.items(), reminded.today())), link, planId, assignmentId, null);
            }
            case MANUAL -> {
                String sender = name(named, reminded.byUnitId());
                String text = reminded.message() == null || reminded.message().isBlank()
                        ? messages.get(key + ".defaultMessage") : reminded.message();
                yield new Notice(reminder.assignment().unitId(), NotificationKind.MANUAL,
                        messages.get(key + ".title", sender, plan), messages.get(key + ".body", sender, plan, text),
                        link, planId, assignmentId, reminded.byUnitId());
            }
        };
    }

    /** One line per item: its label, due date and, when overdue, by how many days. */
    private String lines(String key, List<Item> items, LocalDate today) {
        return items.stream()
                .map(item -> messages.get(key + ".line", item.citation() + item.title(), String.valueOf(item.dueOn()),
                        String.valueOf(ChronoUnit.DAYS.between(item.dueOn(), today))))
                .collect(Collectors.joining("\n"));
    }

    private static String name(Map<Long, UnitRef> named, Long unitId) {
        UnitRef unit = unitId == null ? null : named.get(unitId);
        return unit == null ? "" : unit.name();
    }
}
