package org.luoshi.plan.internal.reminder;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 催办 settings ({@code luoshi.reminders.*}, documented in docs/reminders.md). "Today" and the cron's zone are the
 * business clock's, {@code luoshi.zone}.
 *
 * @param beforeDue          how long before an item's due date its unit is reminded (once)
 * @param overdueEvery       how often an overdue item is reminded again
 * @param acknowledgeWithin  how long a unit may leave an assignment unacknowledged before it is reminded
 * @param cron               when the daily reminder run starts (in {@code luoshi.zone})
 * @param batchSize          assignments (about one per unit) handled per transaction
 */
@ConfigurationProperties("luoshi.reminders")
public record ReminderProperties(
        @DefaultValue("P3D") Period beforeDue,
        @DefaultValue("P3D") Period overdueEvery,
        @DefaultValue("P3D") Period acknowledgeWithin,
        @DefaultValue("0 30 7 * * *") String cron,
        @DefaultValue("5000") int batchSize) {
}
