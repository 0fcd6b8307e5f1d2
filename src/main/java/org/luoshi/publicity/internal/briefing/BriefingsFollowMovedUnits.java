package org.luoshi.publicity.internal.briefing;

import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A briefing keeps its unit's path, so lists read a subtree by an index; when a unit moves, the paths follow in the
 * move's own transaction, and its briefings show under its new parent.
 */
@Component
class BriefingsFollowMovedUnits {

    private final JdbcClient jdbc;

    BriefingsFollowMovedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        jdbc.sql("update publicity_briefing set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1)"
                        + " where unit_path like :oldPath || '%'")
                .param("oldPath", moved.oldPath()).param("newPath", moved.newPath()).update();
    }
}
