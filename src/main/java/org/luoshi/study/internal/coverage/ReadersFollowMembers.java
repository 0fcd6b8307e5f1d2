package org.luoshi.study.internal.coverage;

import org.luoshi.org.MemberMoved;
import org.luoshi.org.MemberStatus;
import org.luoshi.org.MemberStatusChanged;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitMoved;
import org.luoshi.org.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reader counts where the member is now: material_reader keeps the member's unit and path, and the coverage
 * counters the unit's path, so both follow in the transaction of the change (synchronous listeners, as plan's
 * PlanPathsFollowMovedUnits). A change of unit or standing moves the reader's counts through V102's trigger.
 */
@Component
class ReadersFollowMembers {

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    ReadersFollowMembers(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @EventListener
    void on(UnitMoved moved) {
        for (String table : new String[] {"material_reader", "reading_coverage_count", "reading_unit_count",
            "reading_coverage_link"}) {
            jdbc.sql("update " + table + " set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1)"
                            + " where unit_path like :oldPath || '%'")
                    .param("oldPath", moved.oldPath()).param("newPath", moved.newPath()).update();
        }
    }

    /** The merged unit's own members now belong to the survivor (its children are moved by UnitMoved). */
    @EventListener
    void on(UnitsMerged merged) {
        String path = units.find(merged.intoId()).orElseThrow().path();
        jdbc.sql("update material_reader set unit_id = :into, unit_path = :path where unit_id = :from")
                .param("into", merged.intoId()).param("path", path).param("from", merged.fromId()).update();
    }

    @EventListener
    void on(MemberMoved moved) {
        jdbc.sql("update material_reader set unit_id = :unit, unit_path = :path where member_id = :member")
                .param("unit", moved.toUnitId()).param("path", moved.toUnitPath()).param("member", moved.memberId())
                .update();
    }

    @EventListener
    void on(MemberStatusChanged changed) {
        jdbc.sql("update material_reader set active = :active where member_id = :member")
                .param("active", changed.to() == MemberStatus.ACTIVE).param("member", changed.memberId()).update();
    }
}
