package org.luoshi.study.internal.reading;

import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A material reaches the subtree of the unit that published it: when that unit is merged into another, its
 * materials pass to the survivor, in the merge's own transaction. (Moves are followed by StudyPathsFollowMovedUnits,
 * the readers in material_reader by coverage's ReadersFollowMembers.)
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
    void on(UnitsMerged merged) {
        UnitRef into = units.find(merged.intoId()).orElseThrow();
        jdbc.sql("update study_material set unit_id = ?, unit_path = ? where unit_id = ?").param(into.id())
                .param(into.path()).param(merged.fromId()).update();
    }
}
