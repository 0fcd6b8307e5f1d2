package org.luoshi.publicity.internal.people;

import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person keeps their unit's path, so the library reads a subtree by an index; when a unit moves, the paths follow
 * in the move's own transaction, and its people appear to its new province and no longer to the old one.
 */
@Component
class PeopleFollowMovedUnits {

    private final JdbcClient jdbc;

    PeopleFollowMovedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        jdbc.sql("update publicity_person set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1)"
                        + " where unit_path like :oldPath || '%'")
                .param("oldPath", moved.oldPath()).param("newPath", moved.newPath()).update();
    }
}
