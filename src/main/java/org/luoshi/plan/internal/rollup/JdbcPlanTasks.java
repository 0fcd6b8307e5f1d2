package org.luoshi.plan.internal.rollup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.PlanTasks;
import org.luoshi.plan.RollupActivity;
import org.luoshi.plan.RollupTask;
import org.luoshi.plan.RollupTasks;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcPlanTasks implements PlanTasks {

    private static final String TASKS = RollupSql.load("tasksOfUnit");
    private static final String ACTIVITY = RollupSql.load("recentActivity");

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    JdbcPlanTasks(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Override
    public RollupTasks tasks(Actor actor) {
        Map<Long, String> names = new HashMap<>();
        return RollupTasks.of(jdbc.sql(TASKS).param("unitId", actor.unitId())
                .query((rs, i) -> new RollupTask(RollupTask.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("assignment_id"), rs.getLong("plan_id"), rs.getString("plan_title"),
                        rs.getLong("unit_id"), name(names, rs.getLong("unit_id")), rs.getLong("pending"),
                        rs.getObject("due_on", LocalDate.class)))
                .list());
    }

    @Override
    public List<RollupActivity> recentActivity(Actor actor, int limit) {
        Map<Long, String> names = new HashMap<>();
        return jdbc.sql(ACTIVITY).param("scope", actor.scopePath()).param("limit", limit)
                .query((rs, i) -> new RollupActivity(RollupActivity.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("happened_at", OffsetDateTime.class).toInstant(), rs.getLong("assignment_id"),
                        rs.getLong("plan_id"), rs.getString("plan_title"), rs.getLong("unit_id"),
                        name(names, rs.getLong("unit_id")), rs.getString("item_title")))
                .list();
    }

    private String name(Map<Long, String> names, long unitId) {
        return names.computeIfAbsent(unitId, id -> units.find(id).map(UnitRef::name).orElse("#" + id));
    }
}
