package org.luoshi.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read models of the plan pages and the API: lists paged and filtered in SQL, always within the actor's subtree. */
@Component
@Transactional(readOnly = true)
public class PlanQueries {

    public record PlanFilter(String status, Integer year, String q) {
    }

    public record PlanRow(long id, String title, String docNumber, LocalDate issuedOn, String status,
            String issuerName) {
    }

    public record AssignmentRow(long id, long unitId, String unitName, String status, Instant acknowledgedAt,
            String acknowledgedByName, String implStatus, int accepted, int items, int overdue) {
    }

    public record Task(String kind, long assignmentId, String planTitle, String unitName, LocalDate nextDue) {
    }

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Clock clock;

    PlanQueries(JdbcClient jdbc, UnitDirectory units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    private static final String PLAN_WHERE = " from plan p where " + PlanAccess.VISIBLE + """
             and (cast(:status as text) is null or p.status = :status)
             and (cast(:year as int) is null or extract(year from coalesce(p.issued_on, p.created_at)) = :year)
             and (cast(:q as text) is null or p.title ilike '%' || :q || '%' or p.doc_number ilike '%' || :q || '%')
            """;

    public Page<PlanRow> plans(Actor actor, PlanFilter filter, PageQuery page) {
        long total = planQuery("select count(*)" + PLAN_WHERE, actor, filter).query(Long.class).single();
        List<PlanRow> rows = planQuery("select p.*" + PLAN_WHERE
                + " order by p.issued_on desc nulls first, p.id desc limit :limit offset :offset", actor, filter)
                .param("limit", page.size()).param("offset", page.offset()).query((rs, i) -> new PlanRow(
                        rs.getLong("id"), rs.getString("title"), rs.getString("doc_number"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("status"),
                        unitName(rs.getLong("issuer_unit_id")))).list();
        return Page.of(rows, total, page);
    }

    /** Every plan the filter selects, for the Excel export (bounded: the plans of a subtree are hundreds). */
    public void eachPlan(Actor actor, PlanFilter filter, Consumer<PlanRow> row) {
        planQuery("select p.*" + PLAN_WHERE + " order by p.issued_on desc nulls first, p.id desc limit 10000", actor,
                filter).query((rs, i) -> new PlanRow(rs.getLong("id"), rs.getString("title"),
                        rs.getString("doc_number"), rs.getObject("issued_on", LocalDate.class), rs.getString("status"),
                        unitName(rs.getLong("issuer_unit_id")))).stream().forEach(row);
    }

    private JdbcClient.StatementSpec planQuery(String sql, Actor actor, PlanFilter filter) {
        return jdbc.sql(sql).param("unit", actor.unitId()).param("scope", actor.scopePath())
                .param("status", blankToNull(filter.status())).param("year", filter.year())
                .param("q", blankToNull(filter.q()));
    }

    private static final String ASSIGNMENT_WHERE = """
             from assignment a
             where a.plan_id = :plan and a.unit_path like :scope || '%'
               and (cast(:status as text) is null or a.status = :status)
            """;

    /** Who received the plan within the actor's subtree, and how far each unit is (签收 and progress). */
    public Page<AssignmentRow> assignments(Actor actor, long planId, String status, PageQuery page) {
        long total = jdbc.sql("select count(*)" + ASSIGNMENT_WHERE).param("plan", planId)
                .param("scope", actor.scopePath()).param("status", blankToNull(status)).query(Long.class).single();
        List<AssignmentRow> rows = jdbc.sql("""
                select a.*,
                       (select count(*) filter (where ai.status = 'ACCEPTED') from assignment_item ai
                         where ai.assignment_id = a.id) as accepted,
                       (select count(*) from assignment_item ai where ai.assignment_id = a.id) as items,
                       (select count(*) from assignment_item ai where ai.assignment_id = a.id
                           and ai.status <> 'ACCEPTED' and ai.due_on < :today) as overdue
                """ + ASSIGNMENT_WHERE + " order by a.unit_path limit :limit offset :offset")
                .param("plan", planId).param("scope", actor.scopePath()).param("status", blankToNull(status))
                .param("limit", page.size()).param("offset", page.offset()).param("today", LocalDate.now(clock))
                .query((rs, i) -> new AssignmentRow(rs.getLong("id"), rs.getLong("unit_id"),
                        unitName(rs.getLong("unit_id")), rs.getString("status"),
                        AssignmentRepository.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by_name"),
                        rs.getString("impl_status"), rs.getInt("accepted"), rs.getInt("items"),
                        rs.getInt("overdue"))).list();
        return Page.of(rows, total, page);
    }

    /** The actor's own unit's assignment of a plan, if it received it. */
    public Long ownAssignment(Actor actor, long planId) {
        return jdbc.sql("select id from assignment where plan_id = ? and unit_id = ?").param(planId)
                .param(actor.unitId()).query(Long.class).optional().orElse(null);
    }

    /** One step of the way a plan came down: the issuer first, then each forwarding unit, ending at this unit. */
    public record LineageStep(long unitId, String unitName, Long assignmentId, String notice, Instant at) {
    }

    public List<LineageStep> lineage(Assignment assignment, Plan plan) {
        List<LineageStep> steps = new ArrayList<>();
        steps.add(new LineageStep(plan.issuerUnitId(), unitName(plan.issuerUnitId()), null, null, null));
        jdbc.sql("""
                with recursive chain as (
                    select id, unit_id, parent_assignment_id, notice, issued_at, 0 as depth
                      from assignment where id = ?
                    union all
                    select a.id, a.unit_id, a.parent_assignment_id, a.notice, a.issued_at, c.depth + 1
                      from assignment a join chain c on a.id = c.parent_assignment_id)
                select id, unit_id, notice, issued_at from chain order by depth desc
                """).param(assignment.id()).query((rs, i) -> new LineageStep(rs.getLong("unit_id"),
                unitName(rs.getLong("unit_id")), rs.getLong("id"), rs.getString("notice"),
                AssignmentRepository.instant(rs, "issued_at"))).list().forEach(steps::add);
        return steps;
    }

    private static final String TASKS = """
            select * from (
                select 'ACKNOWLEDGE' as kind, a.id, a.plan_id, a.unit_id, a.issued_at as since
                  from assignment a where a.unit_id = :unit and a.status = 'ISSUED'
                union all
                select 'PLAN', a.id, a.plan_id, a.unit_id, a.acknowledged_at
                  from assignment a where a.unit_id = :unit and a.status = 'ACKNOWLEDGED'
                   and a.impl_status in ('NONE', 'RETURNED')
                union all
                select 'REPORT', a.id, a.plan_id, a.unit_id, a.acknowledged_at
                  from assignment a where a.unit_id = :unit and a.status = 'ACKNOWLEDGED'
                   and exists (select 1 from assignment_item ai where ai.assignment_id = a.id
                                  and ai.status in ('OPEN', 'RETURNED'))
                union all
                select 'REVIEW_PLAN', a.id, a.plan_id, a.unit_id, a.impl_submitted_at
                  from assignment a where a.assigner_unit_id = :unit and a.impl_status = 'SUBMITTED'
                union all
                select 'REVIEW_REPORT', a.id, a.plan_id, a.unit_id, a.issued_at
                  from assignment a where a.assigner_unit_id = :unit
                   and exists (select 1 from assignment_item ai where ai.assignment_id = a.id
                                  and ai.status = 'REPORTED')
            ) t where (cast(:kind as text) is null or t.kind = :kind)
            """;

    /** 待办: what the actor's unit must do now, and what its children sent up for review. */
    public Page<Task> tasks(Actor actor, String kind, PageQuery page) {
        long total = jdbc.sql("select count(*) from (" + TASKS + ") x").param("unit", actor.unitId())
                .param("kind", blankToNull(kind)).query(Long.class).single();
        List<Task> rows = jdbc.sql("""
                select t.kind, t.id, p.title, t.unit_id,
                       (select min(ai.due_on) from assignment_item ai
                         where ai.assignment_id = t.id and ai.status <> 'ACCEPTED') as next_due
                  from (""" + TASKS + """
                ) t join plan p on p.id = t.plan_id
                 order by next_due nulls last, t.id limit :limit offset :offset
                """).param("unit", actor.unitId()).param("kind", blankToNull(kind)).param("limit", page.size())
                .param("offset", page.offset()).query((rs, i) -> new Task(rs.getString("kind"), rs.getLong("id"),
                        rs.getString("title"), unitName(rs.getLong("unit_id")),
                        rs.getObject("next_due", LocalDate.class))).list();
        return Page.of(rows, total, page);
    }

    public Map<Long, String> itemLabels(long planId) {
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, citation, title from plan_item where plan_id = ? order by sort_order, id").param(planId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2) + rs.getString(3))).list()
                .forEach(e -> labels.put(e.getKey(), e.getValue()));
        return labels;
    }

    /** Whether the unit has units below it to forward to. */
    public boolean hasChildren(long unitId) {
        return !units.children(unitId).isEmpty();
    }

    public String unitName(long unitId) {
        return units.find(unitId).map(UnitRef::name).orElse("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
