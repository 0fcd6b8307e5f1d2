package org.luoshi.notification.web;

import org.luoshi.notification.internal.NotificationCentre;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/** The unread count in the top bar: {@code ${@notifications.unreadCount()}} in the layout. */
@Component("notifications")
public class NotificationBadge {

    private final NotificationCentre centre;

    NotificationBadge(NotificationCentre centre) {
        this.centre = centre;
    }

    /** Unread notifications of the signed-in user's unit that are for them; 0 before login. */
    public long unreadCount() {
        return CurrentActor.find().map(actor -> centre.unreadCount(actor)).orElse(0L);
    }
}
