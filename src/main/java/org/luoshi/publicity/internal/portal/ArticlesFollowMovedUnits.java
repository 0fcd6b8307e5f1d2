package org.luoshi.publicity.internal.portal;

import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An article keeps its unit's path, so a unit's portal reads its subtree by an index; when a unit moves, the paths
 * follow in the move's own transaction, and its articles appear on its new province's portal.
 */
@Component
class ArticlesFollowMovedUnits {

    private final JdbcClient jdbc;

    ArticlesFollowMovedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        jdbc.sql("update publicity_article set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1)"
                        + " where unit_path like :oldPath || '%'")
                .param("oldPath", moved.oldPath()).param("newPath", moved.newPath()).update();
    }
}
