package org.luoshi.activity.internal;

import java.util.List;
import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every activity record keeps the paths of the units it concerns (organiser, audience, co-organisers, the series'
 * and the speaker's unit), so that each calendar and list reads a subtree from its own indexes. When a unit moves,
 * every one of those paths follows in the move's own transaction.
 */
@Component
class ActivityPathsFollowMovedUnits {

    /** Each table and the path column it keeps. */
    private static final List<List<String>> PATHS = List.of(List.of("activity", "unit_path"),
            List.of("activity", "audience_unit_path"), List.of("activity_co_organiser", "unit_path"),
            List.of("activity_series", "unit_path"), List.of("activity_speaker", "unit_path"),
            List.of("activity_place_allocation", "unit_path"));

    private final JdbcClient jdbc;

    ActivityPathsFollowMovedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        for (List<String> path : PATHS) {
            String table = path.get(0);
            String column = path.get(1);
            jdbc.sql("update " + table + " set " + column + " = :newPath || substr(" + column
                            + ", length(:oldPath) + 1) where " + column + " like :oldPath || '%'")
                    .param("oldPath", moved.oldPath()).param("newPath", moved.newPath()).update();
        }
    }
}
