package org.luoshi.plan.internal;

import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans, assignments and counted work keep the path of their unit, so that every plan query is limited to the
 * actor's subtree by an index on the plan module's own tables. When a unit moves, those paths follow in the move's
 * own transaction: otherwise a county moved to another province would no longer see its own assignments (its people
 * log in again with the new path) and its new province would not see them either.
 */
@Component
class PlanPathsFollowMovedUnits {

    private static final String[] REWRITES = {
        "update plan set issuer_path = :newPath || substr(issuer_path, length(:oldPath) + 1) "
                + "where issuer_path like :oldPath || '%'",
        "update assignment set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1) "
                + "where unit_path like :oldPath || '%'",
        "update counted_work set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1) "
                + "where unit_path like :oldPath || '%'"};

    private final JdbcClient jdbc;

    PlanPathsFollowMovedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        for (String rewrite : REWRITES) {
            jdbc.sql(rewrite).param("oldPath", moved.oldPath()).param("newPath", moved.newPath()).update();
        }
    }
}
