package org.luoshi.study.internal;

import java.util.List;
import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every study record keeps its unit's path, so that lists and roll-ups are limited to a subtree by an index on the
 * module's own tables. When a unit moves, the paths follow in the move's own transaction: a county moved to another
 * province is then seen by its new province, and no longer by its old one. (Readers and coverage counters follow
 * through coverage's ReadersFollowMembers, which also follows members.)
 */
@Component
class StudyPathsFollowMovedUnits {

    private static final List<String> TABLES = List.of("study_group", "study_plan", "study_session",
            "study_material");

    private final JdbcClient jdbc;

    StudyPathsFollowMovedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        for (String table : TABLES) {
            jdbc.sql("update " + table + " set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1)"
                            + " where unit_path like :oldPath || '%'")
                    .param("oldPath", moved.oldPath()).param("newPath", moved.newPath()).update();
        }
    }
}
