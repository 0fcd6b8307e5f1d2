package org.luoshi.plan.web;

import org.luoshi.plan.internal.reminder.NotificationCentre;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/** The unread count in the top bar: {@code ${@notifications.unreadCount()}} in the layout. */
@Component("notifications")
public class NotificationBadge {

    private final NotificationCentre centre;

    NotificationBadge(NotificationCentre centre) {
        this.centre = centre;
    }

    /** Unread notifications of the signed-in user's unit; 0 before login. */
    public long unreadCount() {
        return CurrentActor.find().map(actor -> centre.unreadCount(actor.unitId())).orElse(0L);
    }
}
