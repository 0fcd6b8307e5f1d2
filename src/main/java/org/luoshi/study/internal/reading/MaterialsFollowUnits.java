package org.luoshi.study.internal.reading;

import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitMoved;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A material reaches the subtree of the unit that published it: when units move or merge, the materials they
 * published follow, in the change's own transaction. (The readers in material_reader follow through coverage's
 * ReadersFollowMembers.)
 */
@Component
class MaterialsFollowUnits {

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    MaterialsFollowUnits(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @EventListener
    void on(UnitMoved moved) {
        jdbc.sql("update study_material set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1)"
                + " where unit_path like :oldPath || '%'").param("oldPath", moved.oldPath())
                .param("newPath", moved.newPath()).update();
    }

    @EventListener
    void on(UnitsMerged merged) {
        UnitRef into = units.find(merged.intoId()).orElseThrow();
        jdbc.sql("update study_material set unit_id = ?, unit_path = ? where unit_id = ?").param(into.id())
                .param(into.path()).param(merged.fromId()).update();
    }
}
