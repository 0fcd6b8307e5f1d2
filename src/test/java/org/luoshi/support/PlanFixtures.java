package org.luoshi.support;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans in given states written straight into the plan tables, for tests of what reads them (roll-ups, reminders,
 * the work bench). Tests of the plan workflow itself go through the service and the web layer instead.
 */
@Component
public class PlanFixtures {

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    public PlanFixtures(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** An issued plan of {@code issuerUnitId} with one actionable item per due date given. */
    public Plan plan(long issuerUnitId, String title, LocalDate... itemDueDates) {
        String issuerPath = units.find(issuerUnitId).orElseThrow().path();
        long planId = jdbc.sql("""
                insert into plan (issuer_unit_id, issuer_path, title, status, issued_on, created_by)
                values (?, ?, ?, 'ISSUED', current_date, 0) returning id
                """).param(issuerUnitId).param(issuerPath).param(title).query(Long.class).single();
        List<Long> items = new java.util.ArrayList<>();
        for (int i = 0; i < itemDueDates.length; i++) {
            items.add(jdbc.sql("""
                    insert into plan_item (plan_id, numbering, title, sort_order, actionable, due_on, evidence_kinds)
                    values (?, ?, ?, ?, true, ?, 'TEXT_REPORT') returning id
                    """).param(planId).param("（" + (i + 1) + "）").param(title + " item " + (i + 1)).param(i)
                    .param(itemDueDates[i]).query(Long.class).single());
        }
        return new Plan(planId, issuerUnitId, List.copyOf(items));
    }

    /** Issues the plan to a unit (from {@code assignerUnitId}), creating its assignment and assignment items. */
    public long assign(Plan plan, long unitId, long assignerUnitId, Long parentAssignmentId) {
        String path = units.find(unitId).orElseThrow().path();
        long assignmentId = jdbc.sql("""
                insert into assignment (plan_id, unit_id, unit_path, assigner_unit_id, parent_assignment_id)
                values (?, ?, ?, ?, ?) returning id
                """).param(plan.id()).param(unitId).param(path).param(assignerUnitId).param(parentAssignmentId)
                .query(Long.class).single();
        jdbc.sql("""
                insert into assignment_item (assignment_id, item_id, due_on)
                select ?, id, due_on from plan_item where plan_id = ? and actionable
                """).param(assignmentId).param(plan.id()).update();
        return assignmentId;
    }

    public void acknowledge(long assignmentId) {
        jdbc.sql("update assignment set status = 'ACKNOWLEDGED', acknowledged_at = now() where id = ?")
                .param(assignmentId).update();
    }

    public void approveImplementationPlan(long assignmentId) {
        jdbc.sql("update assignment set impl_status = 'APPROVED', impl_reviewed_at = now() where id = ?")
                .param(assignmentId).update();
    }

    /** Marks an item's evidence accepted at the given day (on time or late against its due date). */
    public void accept(long assignmentId, long itemId, LocalDate acceptedOn) {
        jdbc.sql("""
                update assignment_item set status = 'ACCEPTED', percent = 100, accepted_at = ?::date
                 where assignment_id = ? and item_id = ?
                """).param(acceptedOn).param(assignmentId).param(itemId).update();
    }

    public record Plan(long id, long issuerUnitId, List<Long> itemIds) {
    }
}
