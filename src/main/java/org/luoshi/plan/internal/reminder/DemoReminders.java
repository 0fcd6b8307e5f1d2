package org.luoshi.plan.internal.reminder;

import org.luoshi.shared.db.OncePerInstallation;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's first 催办: the daily run once, right after the demo plan is loaded (which runs before it), so the
 * notification centre of a fresh demo already holds the reminders the 07:30 run would have sent for its overdue
 * and unacknowledged units, instead of being empty until the next morning. The run itself is idempotent for the
 * day.
 */
@Component
@Order(36)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoReminders implements ApplicationRunner {

    static final String SENT = "demo.reminders.sent";

    private final OncePerInstallation once;
    private final ReminderJob reminders;

    DemoReminders(OncePerInstallation once, ReminderJob reminders) {
        this.once = once;
        this.reminders = reminders;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (once.claim(SENT)) {
            reminders.run();
        }
    }
}
