package org.luoshi.study.internal.reading;

import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitMoved;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * material_reader keeps each reader's current unit path, so coverage over a subtree counts its rows without asking
 * org: when units move or merge, the readers below them follow, in the change's own transaction. Materials published
 * by a moved unit follow too (they reach its new subtree).
 */
@Component
class ReadersFollowUnits {

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    ReadersFollowUnits(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @EventListener
    void on(UnitMoved moved) {
        for (String table : new String[] {"material_reader", "study_material"}) {
            jdbc.sql("update " + table + " set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1)"
                    + " where unit_path like :oldPath || '%'").param("oldPath", moved.oldPath())
                    .param("newPath", moved.newPath()).update();
        }
    }

    @EventListener
    void on(UnitsMerged merged) {
        UnitRef into = units.find(merged.intoId()).orElseThrow();
        jdbc.sql("update material_reader set unit_id = ?, unit_path = ? where unit_id = ?").param(into.id())
                .param(into.path()).param(merged.fromId()).update();
        jdbc.sql("update study_material set unit_id = ?, unit_path = ? where unit_id = ?").param(into.id())
                .param(into.path()).param(merged.fromId()).update();
    }
}
