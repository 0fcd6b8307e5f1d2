package org.luoshi.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 催办: units were chased about a plan, by the daily run or by hand. Plan decides whom to chase and when (and marks
 * it, so a run is idempotent for the day); the notification module decides who in those units is told and how.
 * A daily run publishes one event per reason and batch, so thousands of units are told in one statement.
 *
 * @param reason    why they were chased
 * @param reminders one per chased assignment
 * @param byUnitId  the unit that chased by hand ({@link Reason#MANUAL}); null for the daily run
 * @param message   the words of a manual reminder as typed (blank: the standard sentence); null otherwise
 * @param today     the business day of the reminder, for "overdue by n days"
 */
public record UnitsReminded(Reason reason, List<Reminder> reminders, Long byUnitId, String message, LocalDate today,
        Instant at) {

    public UnitsReminded {
        reminders = List.copyOf(reminders);
    }

    public enum Reason {
        /** 请签收: not acknowledged in time; addressed to the assignment's unit */
        ACKNOWLEDGE,
        /** 即将到期: items due soon; addressed to the assignment's unit */
        DUE_SOON,
        /** 已逾期: items overdue; addressed to the assignment's unit */
        OVERDUE,
        /** 逾期上报: items still overdue after two reminders; addressed to the assigner, naming the laggard */
        ESCALATION,
        /** 人工催办 by an ancestor unit; addressed to the assignment's unit */
        MANUAL
    }

    /**
     * One chased assignment.
     *
     * @param items the items concerned, in document order (empty for {@link Reason#ACKNOWLEDGE} and
     *              {@link Reason#MANUAL})
     */
    public record Reminder(AssignmentRef assignment, String planTitle, LocalDate issuedOn, List<Item> items) {

        public Reminder {
            items = List.copyOf(items);
        }
    }

    /** An item as a reminder names it: 三（一）, its title and its due date for that unit. */
    public record Item(String citation, String title, LocalDate dueOn) {
    }
}
