package org.luoshi.plan.web;

import org.luoshi.plan.internal.reminder.ManualReminders;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Whether pages offer 催办, asking the rule of {@link ManualReminders} instead of re-deriving it in a template:
 * {@code ${@reminding.offered()}}, {@code ${@reminding.offeredFor(unitId)}}.
 */
@Component("reminding")
public class ReminderOffer {

    private final ManualReminders reminders;

    ReminderOffer(ManualReminders reminders) {
        this.reminders = reminders;
    }

    /** The signed-in user may chase units below it. */
    public boolean offered() {
        return CurrentActor.find().map(reminders::mayRemind).orElse(false);
    }

    /** The signed-in user may chase that unit (never its own). */
    public boolean offeredFor(long unitId) {
        return CurrentActor.find().map(actor -> reminders.mayRemind(actor, unitId)).orElse(false);
    }
}
