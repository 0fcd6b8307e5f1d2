package org.luoshi.plan.internal.reminder;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 催办 settings ({@code luoshi.reminders.*}, documented in docs/reminders.md).
 *
 * @param beforeDue          how long before an item's due date its unit is reminded (once)
 * @param overdueEvery       how often an overdue item is reminded again
 * @param acknowledgeWithin  how long a unit may leave an assignment unacknowledged before it is reminded
 * @param cron               when the daily reminder run starts (in {@code zone})
 * @param zone               the time zone whose calendar decides "today" and due dates
 * @param batchSize          assignments (about one per unit) handled per transaction
 * @param mailEvery          how often the mail outbox is drained
 * @param mailMaxAttempts    sending attempts before an e-mail is given up (the in-app notification stays)
 * @param siteUrl            the address users reach Luoshi at, for the links in e-mails
 */
@ConfigurationProperties("luoshi.reminders")
public record ReminderProperties(
        @DefaultValue("P3D") Period beforeDue,
        @DefaultValue("P3D") Period overdueEvery,
        @DefaultValue("P3D") Period acknowledgeWithin,
        @DefaultValue("0 30 7 * * *") String cron,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("5000") int batchSize,
        @DefaultValue("PT1M") Duration mailEvery,
        @DefaultValue("10") int mailMaxAttempts,
        @DefaultValue("http://localhost:8080") String siteUrl) {
}
