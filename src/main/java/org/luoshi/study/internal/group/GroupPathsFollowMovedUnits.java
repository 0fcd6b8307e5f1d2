package org.luoshi.study.internal.group;

import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Leading groups keep their unit's path, so that lists and roll-ups are limited to a subtree by an index on this
 * module's own table. When a unit moves, the paths follow in the move's own transaction: a county moved to another
 * province is then seen by its new province, and no longer by its old one.
 */
@Component
class GroupPathsFollowMovedUnits {

    private final JdbcClient jdbc;

    GroupPathsFollowMovedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        jdbc.sql("update study_group set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1) "
                + "where unit_path like :oldPath || '%'").param("oldPath", moved.oldPath())
                .param("newPath", moved.newPath()).update();
    }
}
