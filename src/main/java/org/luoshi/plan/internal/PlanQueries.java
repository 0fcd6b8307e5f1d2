package org.luoshi.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.luoshi.org.UnitDirectory;
import org.luoshi.plan.internal.rollup.UnitNames;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.RowMapper;
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

    /**
     * A unit that received the plan: {@code forwarded} when it came by 转发 from {@code assignerName}, rather than by
     * 下发 from the issuer.
     */
    public record AssignmentRow(long id, long unitId, String unitName, String status, Instant acknowledgedAt,
            String acknowledgedByName, String implStatus, int accepted, int items, int overdue, boolean forwarded,
            String assignerName) {

        AssignmentRow named(String unit, String assigner) {
            return new AssignmentRow(id, unitId, unit, status, acknowledgedAt, acknowledgedByName, implStatus,
                    accepted, items, overdue, forwarded, assigner);
        }
    }

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final UnitNames names;
    private final Clock clock;

    PlanQueries(JdbcClient jdbc, UnitDirectory units, UnitNames names, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.names = names;
        this.clock = clock;
    }

    private static final String PLAN_WHERE = " from plan p where " + PlanAccess.VISIBLE + """
             and (cast(:status as text) is null or p.status = :status)
             and (cast(:year as int) is null or extract(year from coalesce(p.issued_on, p.created_at)) = :year)
             and (cast(:q as text) is null or p.title ilike '%' || :q || '%' or p.doc_number ilike '%' || :q || '%')
            """;

    public Page<PlanRow> plans(Actor actor, PlanFilter filter, PageQuery page) {
        long total = planQuery("select count(*)" + PLAN_WHERE, actor, filter).query(Long.class).single();
        List<PlanRow> rows = named(planQuery("select p.*" + PLAN_WHERE
                + " order by p.issued_on desc nulls first, p.id desc limit :limit offset :offset", actor, filter)
                .param("limit", page.size()).param("offset", page.offset()).query(IssuedPlan.ROW).list());
        return Page.of(rows, total, page);
    }

    /** Every plan the filter selects, for the Excel export (bounded: the plans of a subtree are hundreds). */
    public void eachPlan(Actor actor, PlanFilter filter, Consumer<PlanRow> row) {
        named(planQuery("select p.*" + PLAN_WHERE + " order by p.issued_on desc nulls first, p.id desc limit 10000",
                actor, filter).query(IssuedPlan.ROW).list()).forEach(row);
    }

    /** A plan row as read, before the issuers' names are looked up for the whole page at once. */
    private record IssuedPlan(long id, String title, String docNumber, LocalDate issuedOn, String status,
            long issuerUnitId) {

        static final RowMapper<IssuedPlan> ROW = (rs, i) -> new IssuedPlan(rs.getLong("id"), rs.getString("title"),
                rs.getString("doc_number"), rs.getObject("issued_on", LocalDate.class), rs.getString("status"),
                rs.getLong("issuer_unit_id"));
    }

    private List<PlanRow> named(List<IssuedPlan> rows) {
        Map<Long, String> issuers = names.of(rows.stream().map(IssuedPlan::issuerUnitId).toList());
        return rows.stream().map(p -> new PlanRow(p.id(), p.title(), p.docNumber(), p.issuedOn(), p.status(),
                issuers.get(p.issuerUnitId()))).toList();
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

    /**
     * Who received the plan within the actor's subtree, and how far each unit is (签收 and progress), in the tree's
     * order; each row says whether the unit was reached by 下发 or by 转发, and from whom. Unit names in one look-up.
     */
    public Page<AssignmentRow> assignments(Actor actor, long planId, String status, PageQuery page) {
        long total = jdbc.sql("select count(*)" + ASSIGNMENT_WHERE).param("plan", planId)
                .param("scope", actor.scopePath()).param("status", blankToNull(status)).query(Long.class).single();
        List<Received> rows = jdbc.sql("""
                select a.*,
                       (select count(*) filter (where ai.status = 'ACCEPTED') from assignment_item ai
                         where ai.assignment_id = a.id) as accepted,
                       (select count(*) from assignment_item ai where ai.assignment_id = a.id) as items,
                       (select count(*) from assignment_item ai where ai.assignment_id = a.id
                           and ai.status <> 'ACCEPTED' and ai.due_on < cast(:today as date)) as overdue
                """ + ASSIGNMENT_WHERE + " order by a.unit_path limit :limit offset :offset")
                .param("plan", planId).param("scope", actor.scopePath()).param("status", blankToNull(status))
                .param("today", LocalDate.now(clock)).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new Received(new AssignmentRow(rs.getLong("id"), rs.getLong("unit_id"), null,
                        rs.getString("status"), AssignmentRepository.instant(rs, "acknowledged_at"),
                        rs.getString("acknowledged_by_name"), rs.getString("impl_status"), rs.getInt("accepted"),
                        rs.getInt("items"), rs.getInt("overdue"), rs.getObject("parent_assignment_id") != null, null),
                        rs.getLong("assigner_unit_id")))
                .list();
        Map<Long, String> byId = names.of(rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.row().unitId(), r.assignerUnitId())).toList());
        return Page.of(rows.stream().map(r -> r.row().named(byId.get(r.row().unitId()), byId.get(r.assignerUnitId())))
                .toList(), total, page);
    }

    /** A row as read, before the names of its unit and of the unit it came from are looked up for the page. */
    private record Received(AssignmentRow row, long assignerUnitId) {
    }

    /** The actor's own unit's assignment of a plan, if it received it. */
    public Long ownAssignment(Actor actor, long planId) {
        return jdbc.sql("select id from assignment where plan_id = ? and unit_id = ?").param(planId)
                .param(actor.unitId()).query(Long.class).optional().orElse(null);
    }

    /**
     * One step of the way a plan came down: the issuer first, then each forwarding unit, ending at this unit.
     * {@code notice} is the 转发 notice this unit wrote when it passed the plan on down the chain (a notice is
     * stored on the assignment it came with, so it belongs to the step before that assignment's).
     */
    public record LineageStep(long unitId, String unitName, Long assignmentId, String notice, Instant at) {
    }

    public List<LineageStep> lineage(Assignment assignment, Plan plan) {
        List<LineageStep> received = new ArrayList<>();
        jdbc.sql("""
                with recursive chain as (
                    select id, unit_id, parent_assignment_id, notice, issued_at, 0 as depth
                      from assignment where id = ?
                    union all
                    select a.id, a.unit_id, a.parent_assignment_id, a.notice, a.issued_at, c.depth + 1
                      from assignment a join chain c on a.id = c.parent_assignment_id)
                select id, unit_id, notice, issued_at from chain order by depth desc
                """).param(assignment.id()).query((rs, i) -> new LineageStep(rs.getLong("unit_id"), null,
                rs.getLong("id"), rs.getString("notice"), AssignmentRepository.instant(rs, "issued_at")))
                .list().forEach(received::add);
        List<Long> ids = new ArrayList<>(List.of(plan.issuerUnitId()));
        received.forEach(step -> ids.add(step.unitId()));
        Map<Long, String> byId = names.of(ids);
        List<LineageStep> steps = new ArrayList<>();
        steps.add(new LineageStep(plan.issuerUnitId(), byId.get(plan.issuerUnitId()), null,
                received.isEmpty() ? null : received.get(0).notice(), null));
        for (int i = 0; i < received.size(); i++) {
            LineageStep step = received.get(i);
            String written = i + 1 < received.size() ? received.get(i + 1).notice() : null;
            steps.add(new LineageStep(step.unitId(), byId.get(step.unitId()), step.assignmentId(), written,
                    step.at()));
        }
        return steps;
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
        return names.of(List.of(unitId)).get(unitId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
