package org.luoshi.notification.internal;

import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A notification keeps its unit's path; a move rewrites it in the move's own transaction, as plan does its own. */
@Component
class NotificationsFollowMovedUnits {

    private final JdbcClient jdbc;

    NotificationsFollowMovedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        jdbc.sql("update notification set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1)"
                        + " where unit_path like :oldPath || '%'")
                .param("oldPath", moved.oldPath()).param("newPath", moved.newPath()).update();
    }
}
