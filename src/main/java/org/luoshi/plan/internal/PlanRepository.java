package org.luoshi.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.luoshi.plan.ItemDraft;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their item trees and attachments; every update of a plan checks and bumps its version. */
@Repository
public class PlanRepository {

    private static final RowMapper<Plan> PLAN = (rs, i) -> new Plan(rs.getLong("id"), rs.getLong("issuer_unit_id"),
            rs.getString("issuer_path"), rs.getString("doc_number"), (Integer) rs.getObject("doc_year"),
            rs.getString("title"), rs.getObject("issued_on", java.time.LocalDate.class), rs.getString("body_html"),
            Plan.Status.valueOf(rs.getString("status")), rs.getInt("version"));

    static final RowMapper<PlanItem> ITEM = (rs, i) -> new PlanItem(rs.getLong("id"), rs.getLong("plan_id"),
            (Long) rs.getObject("parent_id"), rs.getString("numbering"), rs.getString("citation"),
            rs.getString("title"), rs.getString("body"), rs.getInt("sort_order"), rs.getBoolean("actionable"),
            rs.getObject("due_on", java.time.LocalDate.class),
            PlanItem.kinds(rs.getString("evidence_kinds")), (Integer) rs.getObject("target_quantity"),
            rs.getString("target_unit"), List.of());

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Plan> find(long id) {
        return jdbc.sql("select * from plan where id = ?").param(id).query(PLAN).optional();
    }

    long insert(Plan plan, Actor actor, Instant now) {
        return jdbc.sql("""
                insert into plan (issuer_unit_id, issuer_path, doc_number, doc_year, title, issued_on, body_html,
                                  created_by, created_by_name, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).param(plan.issuerUnitId()).param(plan.issuerPath()).param(plan.docNumber())
                .param(plan.docYear()).param(plan.title()).param(plan.issuedOn()).param(plan.bodyHtml())
                .param(actor.accountId()).param(actor.displayName()).param(Timestamp.from(now))
                .param(Timestamp.from(now)).query(Long.class).single();
    }

    /** Writes the plan if nobody changed it since {@code plan.version()} was read; bumps the version. */
    void update(Plan plan, Instant now) {
        int rows = jdbc.sql("""
                update plan set doc_number = ?, doc_year = ?, title = ?, issued_on = ?, body_html = ?, status = ?,
                       version = version + 1, updated_at = ?
                 where id = ? and version = ?
                """).param(plan.docNumber()).param(plan.docYear()).param(plan.title()).param(plan.issuedOn())
                .param(plan.bodyHtml()).param(plan.status().name()).param(Timestamp.from(now)).param(plan.id())
                .param(plan.version()).update();
        requireOne(rows);
    }

    /** Item and attachment changes are changes of the plan: they bump its version too. */
    void touch(long planId, int version, Instant now) {
        requireOne(jdbc.sql("update plan set version = version + 1, updated_at = ? where id = ? and version = ?")
                .param(Timestamp.from(now)).param(planId).param(version).update());
    }

    boolean docNumberTaken(Plan plan) {
        return plan.docNumber() != null && jdbc.sql("""
                select count(*) from plan
                 where issuer_unit_id = ? and doc_year is not distinct from ? and doc_number = ? and id <> ?
                """).param(plan.issuerUnitId()).param(plan.docYear()).param(plan.docNumber())
                .param(plan.id() == null ? -1L : plan.id()).query(Long.class).single() > 0;
    }

    public List<PlanItem> items(long planId) {
        return jdbc.sql("select * from plan_item where plan_id = ? order by sort_order, id").param(planId)
                .query(ITEM).list();
    }

    Optional<PlanItem> item(long planId, long itemId) {
        return jdbc.sql("select * from plan_item where plan_id = ? and id = ?").param(planId).param(itemId)
                .query(ITEM).optional();
    }

    /** The items for the units to carry out: without one there is nothing to 下发. */
    public int actionableCount(long planId) {
        return jdbc.sql("select count(*) from plan_item where plan_id = ? and actionable").param(planId)
                .query(Integer.class).single();
    }

    long insertItem(long planId, ItemDraft form) {
        return jdbc.sql("""
                insert into plan_item (plan_id, parent_id, numbering, title, body, sort_order, actionable, due_on,
                                       evidence_kinds, target_quantity, target_unit)
                values (:plan, :parent, :numbering, :title, :body,
                        (select coalesce(max(sort_order), 0) + 1 from plan_item where plan_id = :plan),
                        :actionable, :due, :kinds, :quantity, :unit) returning id
                """).param("plan", planId).params(itemParams(form)).query(Long.class).single();
    }

    void updateItem(long itemId, ItemDraft form) {
        jdbc.sql("""
                update plan_item set parent_id = :parent, numbering = :numbering, title = :title, body = :body,
                       actionable = :actionable, due_on = :due, evidence_kinds = :kinds,
                       target_quantity = :quantity, target_unit = :unit
                 where id = :id
                """).param("id", itemId).params(itemParams(form)).update();
    }

    private static java.util.Map<String, Object> itemParams(ItemDraft form) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("parent", form.parentId());
        params.put("numbering", form.numbering() == null ? "" : form.numbering().strip());
        params.put("title", form.title().strip());
        params.put("body", form.body() == null ? "" : form.body().strip());
        params.put("actionable", form.actionable());
        params.put("due", form.actionable() ? form.dueOn() : null);
        params.put("kinds", form.actionable() ? PlanItem.stored(form.evidenceKinds()) : "");
        params.put("quantity", form.actionable() ? form.targetQuantity() : null);
        params.put("unit", form.actionable() && form.targetQuantity() != null ? form.targetUnit() : null);
        return params;
    }

    void deleteItem(long itemId) {
        jdbc.sql("delete from plan_item where id = ?").param(itemId).update();
    }

    /** Swaps the item with its previous (up) or next sibling; at either end nothing moves. */
    void move(PlanItem item, boolean up) {
        String sql = up ? """
                select id, sort_order from plan_item where plan_id = ? and parent_id is not distinct from ?
                   and (sort_order, id) < (?, ?) order by sort_order desc, id desc limit 1
                """ : """
                select id, sort_order from plan_item where plan_id = ? and parent_id is not distinct from ?
                   and (sort_order, id) > (?, ?) order by sort_order, id limit 1
                """;
        jdbc.sql(sql).param(item.planId()).param(item.parentId()).param(item.sortOrder()).param(item.id())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getInt(2)}).optional().ifPresent(other -> {
                    int otherOrder = (int) other[1];
                    // equal orders (imported items) would not swap: separate them by the direction of the move
                    int mine = otherOrder == item.sortOrder() ? otherOrder + (up ? 1 : -1) : otherOrder;
                    jdbc.sql("update plan_item set sort_order = ? where id = ?").param(mine).param(item.id())
                            .update();
                    jdbc.sql("update plan_item set sort_order = ? where id = ?").param(item.sortOrder())
                            .param(other[0]).update();
                });
    }

    void attach(long planId, long fileId) {
        jdbc.sql("insert into plan_attachment (plan_id, file_id) values (?, ?) on conflict do nothing")
                .param(planId).param(fileId).update();
    }

    boolean detach(long planId, long fileId) {
        return jdbc.sql("delete from plan_attachment where plan_id = ? and file_id = ?").param(planId).param(fileId)
                .update() == 1;
    }

    public List<StoredFile> attachments(long planId) {
        return jdbc.sql("""
                select f.id, f.filename, f.content_type, f.size_bytes from plan_attachment a
                  join stored_file f on f.id = a.file_id where a.plan_id = ? order by f.id
                """).param(planId).query((rs, i) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getLong(4))).list();
    }

    public boolean isAttached(long planId, long fileId) {
        return jdbc.sql("select count(*) from plan_attachment where plan_id = ? and file_id = ?").param(planId)
                .param(fileId).query(Long.class).single() > 0;
    }

    static void requireOne(int rows) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("stale version");
        }
    }
}
