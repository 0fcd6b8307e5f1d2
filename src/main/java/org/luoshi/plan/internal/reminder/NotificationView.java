package org.luoshi.plan.internal.reminder;

import java.time.OffsetDateTime;

/** A notification as its unit's accounts see it in the notification centre and the API. */
public record NotificationView(long id, NotificationKind kind, String title, String body, String link, Long planId,
        String senderUnitName, OffsetDateTime createdAt, OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
