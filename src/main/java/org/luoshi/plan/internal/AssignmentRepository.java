package org.luoshi.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves the {@link Assignment} aggregate; a save succeeds only on the version that was read. */
@Repository
public class AssignmentRepository {

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assignment if the actor's subtree contains its unit; anything else is "not found" (404). */
    public Assignment findVisible(long id, Actor actor) {
        return find(id).filter(a -> actor.covers(a.unitPath()))
                .orElseThrow(() -> BusinessException.notFound("plan.assignment.notFound"));
    }

    /** Locks the row, so two reviewers or two reporters of one assignment take turns. */
    Assignment lockVisible(long id, Actor actor) {
        return withItems(jdbc.sql("select * from assignment where id = ? for update").param(id)
                .query(AssignmentRepository::assignment).optional()).filter(a -> actor.covers(a.unitPath()))
                .orElseThrow(() -> BusinessException.notFound("plan.assignment.notFound"));
    }

    public Optional<Assignment> find(long id) {
        return withItems(jdbc.sql("select * from assignment where id = ?").param(id)
                .query(AssignmentRepository::assignment).optional());
    }

    private Optional<Assignment> withItems(Optional<Assignment> found) {
        found.ifPresent(assignment -> jdbc.sql("""
                select ai.item_id, ai.due_on, ai.status, ai.percent, ai.accepted_at, pi.evidence_kinds
                  from assignment_item ai join plan_item pi on pi.id = ai.item_id
                 where ai.assignment_id = ? order by ai.item_id
                """).param(assignment.id()).query((rs, i) -> new Assignment.Item(rs.getLong(1),
                rs.getObject(2, java.time.LocalDate.class), Assignment.ItemStatus.valueOf(rs.getString(3)),
                rs.getInt(4), instant(rs, 5), PlanItem.kinds(rs.getString(6)))).list()
                .forEach(assignment::restoreItem));
        return found;
    }

    Optional<Assignment> findByPlanAndUnit(long planId, long unitId) {
        return jdbc.sql("select id from assignment where plan_id = ? and unit_id = ?").param(planId).param(unitId)
                .query(Long.class).optional().flatMap(this::find);
    }

    void save(Assignment a) {
        int rows = jdbc.sql("""
                update assignment set status = ?, acknowledged_at = ?, acknowledged_by = ?, acknowledged_by_name = ?,
                       impl_status = ?, impl_comment = ?, impl_submitted_at = ?, impl_reviewed_at = ?,
                       impl_reviewed_by = ?, impl_reviewed_by_name = ?, completed_at = ?, version = version + 1
                 where id = ? and version = ?
                """).param(a.status().name()).param(ts(a.acknowledgedAt())).param(a.acknowledgedBy())
                .param(a.acknowledgedByName()).param(a.implStatus().name()).param(a.implComment())
                .param(ts(a.implSubmittedAt())).param(ts(a.implReviewedAt())).param(a.implReviewedBy())
                .param(a.implReviewedByName()).param(ts(a.completedAt())).param(a.id()).param(a.version()).update();
        PlanRepository.requireOne(rows);
        for (Assignment.Item item : a.changedItems()) {
            jdbc.sql("""
                    update assignment_item set status = ?, percent = ?, accepted_at = ?
                     where assignment_id = ? and item_id = ?
                    """).param(item.status().name()).param(item.percent()).param(ts(item.acceptedAt()))
                    .param(a.id()).param(item.itemId()).update();
        }
    }

    /** Measure changes are changes of the assignment: they bump its version so stale forms are refused. */
    void touch(Assignment a) {
        PlanRepository.requireOne(jdbc.sql("update assignment set version = version + 1 where id = ? and version = ?")
                .param(a.id()).param(a.version()).update());
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        Assignment a = new Assignment(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("unit_id"),
                rs.getString("unit_path"), rs.getLong("assigner_unit_id"),
                Assignment.Status.valueOf(rs.getString("status")),
                Assignment.ImplStatus.valueOf(rs.getString("impl_status")), rs.getInt("version"));
        a.restoreAcknowledgement(instant(rs, "acknowledged_at"), (Long) rs.getObject("acknowledged_by"),
                rs.getString("acknowledged_by_name"));
        a.restoreImplementation(rs.getString("impl_comment"), instant(rs, "impl_submitted_at"),
                instant(rs, "impl_reviewed_at"), (Long) rs.getObject("impl_reviewed_by"),
                rs.getString("impl_reviewed_by_name"), instant(rs, "completed_at"));
        return a;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
