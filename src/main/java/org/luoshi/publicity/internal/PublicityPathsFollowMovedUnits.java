package org.luoshi.publicity.internal;

import java.util.List;
import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every publicity record keeps the paths of the units it concerns (the submitting unit, the level it awaits, the
 * deciding level, the publishing unit …), so that each list, queue and ranking reads a subtree from its own indexes.
 * When a unit moves, every one of those paths follows in the move's own transaction: a county moved to another
 * province is then reviewed, ranked and searched there, and no longer by its old province. The ranking's sums per
 * year, month and day (V110) are kept per unit id and find a subtree's units in unit by path, so they need nothing.
 */
@Component
class PublicityPathsFollowMovedUnits {

    /** Each table and the path column it keeps. */
    private static final List<List<String>> PATHS = List.of(
            List.of("publicity_submission", "unit_path"), List.of("publicity_submission", "reviewer_unit_path"),
            List.of("publicity_decision", "submitter_unit_path"), List.of("publicity_decision", "unit_path"),
            List.of("publicity_article", "unit_path"), List.of("publicity_briefing", "unit_path"),
            List.of("publicity_person", "unit_path"));

    private final JdbcClient jdbc;

    PublicityPathsFollowMovedUnits(JdbcClient jdbc) {
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
