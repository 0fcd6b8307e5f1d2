package org.luoshi.notification.internal;

import java.time.Instant;

/** A notification as its unit's accounts see it in the notification centre and the API. */
public record NotificationView(long id, NotificationKind kind, String title, String body, String link, Long planId,
        String senderUnitName, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
