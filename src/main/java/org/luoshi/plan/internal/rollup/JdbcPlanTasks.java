package org.luoshi.plan.internal.rollup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.luoshi.plan.PlanTasks;
import org.luoshi.plan.RollupActivity;
import org.luoshi.plan.RollupTask;
import org.luoshi.plan.RollupTasks;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 待办 from {@code tasksOfUnit.sql} for both the work bench and the task list; unit names in one look-up. */
@Component
class JdbcPlanTasks implements PlanTasks {

    private static final String TASKS = RollupSql.load("tasksOfUnit");
    private static final String ORDER =
            " order by kind_order, due_on nulls last, arrived_at desc nulls last, assignment_id";
    private static final String FIRST_OF_EACH_KIND = "select *, count(*) over (partition by kind) as of_kind,"
            + " row_number() over (partition by kind" + ORDER + ") as rank from (" + TASKS + ") t";
    private static final String PAGE = "select *, count(*) over () as total from (" + TASKS + ") t"
            + " where (cast(:kind as text) is null or kind = :kind)" + ORDER + " limit :limit offset :offset";
    private static final String ACTIVITY = RollupSql.load("recentActivity");

    private final JdbcClient jdbc;
    private final UnitNames names;
    private final Clock clock;

    JdbcPlanTasks(JdbcClient jdbc, UnitNames names, Clock clock) {
        this.jdbc = jdbc;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public RollupTasks tasks(Actor actor, int perKind) {
        Map<RollupTask.Kind, Long> counts = new EnumMap<>(RollupTask.Kind.class);
        List<TaskRow> shown = new ArrayList<>();
        jdbc.sql("select * from (" + FIRST_OF_EACH_KIND + ") x where rank <= :perKind" + ORDER)
                .param("unitId", actor.unitId()).param("today", LocalDate.now(clock)).param("perKind", perKind)
                .query((rs, i) -> {
                    TaskRow row = row(rs);
                    counts.put(row.kind(), rs.getLong("of_kind"));
                    return row;
                })
                .list().forEach(shown::add);
        return RollupTasks.of(named(shown), counts);
    }

    @Override
    public Page<RollupTask> list(Actor actor, RollupTask.Kind kind, PageQuery page) {
        long[] total = {0};
        List<TaskRow> rows = jdbc.sql(PAGE).param("unitId", actor.unitId()).param("today", LocalDate.now(clock))
                .param("kind", kind == null ? null : kind.name())
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> {
                    total[0] = rs.getLong("total");
                    return row(rs);
                })
                .list();
        if (rows.isEmpty() && page.offset() > 0) {
            total[0] = jdbc.sql("select count(*) from (" + TASKS + ") t where (cast(:kind as text) is null"
                            + " or kind = :kind)").param("unitId", actor.unitId())
                    .param("today", LocalDate.now(clock)).param("kind", kind == null ? null : kind.name())
                    .query(Long.class).single();
        }
        return Page.of(named(rows), total[0], page);
    }

    @Override
    public List<RollupActivity> recentActivity(Actor actor, int limit) {
        List<ActivityRow> rows = jdbc.sql(ACTIVITY).param("scope", actor.scopePath()).param("limit", limit)
                .query((rs, i) -> new ActivityRow(RollupActivity.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("happened_at", OffsetDateTime.class), rs.getLong("assignment_id"),
                        rs.getLong("plan_id"), rs.getString("plan_title"), rs.getLong("unit_id"),
                        rs.getString("item_title")))
                .list();
        Map<Long, String> byId = names.of(rows.stream().map(ActivityRow::unitId).toList());
        return rows.stream().map(r -> new RollupActivity(r.kind(), r.at().toInstant(), r.assignmentId(), r.planId(),
                r.planTitle(), r.unitId(), byId.get(r.unitId()), r.itemTitle())).toList();
    }

    private static TaskRow row(ResultSet rs) throws SQLException {
        return new TaskRow(RollupTask.Kind.valueOf(rs.getString("kind")), rs.getLong("assignment_id"),
                rs.getLong("plan_id"), rs.getString("plan_title"), rs.getLong("unit_id"), rs.getLong("pending"),
                rs.getObject("due_on", LocalDate.class));
    }

    private List<RollupTask> named(List<TaskRow> rows) {
        Map<Long, String> byId = names.of(rows.stream().map(TaskRow::unitId).toList());
        return rows.stream().map(r -> new RollupTask(r.kind(), r.assignmentId(), r.planId(), r.planTitle(),
                r.unitId(), byId.get(r.unitId()), r.pending(), r.dueOn())).toList();
    }

    private record TaskRow(RollupTask.Kind kind, long assignmentId, long planId, String planTitle, long unitId,
            long pending, LocalDate dueOn) {
    }

    private record ActivityRow(RollupActivity.Kind kind, OffsetDateTime at, long assignmentId, long planId,
            String planTitle, long unitId, String itemTitle) {
    }
}
