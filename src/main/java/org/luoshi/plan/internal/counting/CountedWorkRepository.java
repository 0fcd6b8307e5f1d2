package org.luoshi.plan.internal.counting;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counted_work table: one row per counted record, keyed by (kind, record id). */
@Repository
class CountedWorkRepository {

    private final JdbcClient jdbc;

    CountedWorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the record toward the item of the assignment, replacing whatever it counted toward before. */
    void upsert(long assignmentId, CountedEntry entry) {
        jdbc.sql("""
                insert into counted_work (assignment_id, item_id, unit_id, unit_path, kind, record_id, quantity,
                                          title, link, counted_at)
                select a.id, :itemId, a.unit_id, a.unit_path, :kind, :recordId, :quantity, :title, :link, :at
                  from assignment a where a.id = :assignmentId
                on conflict (kind, record_id) do update
                   set assignment_id = excluded.assignment_id, item_id = excluded.item_id,
                       unit_id = excluded.unit_id, unit_path = excluded.unit_path, quantity = excluded.quantity,
                       title = excluded.title, link = excluded.link, counted_at = excluded.counted_at
                """).param("assignmentId", assignmentId).param("itemId", entry.itemId()).param("kind", entry.kind())
                .param("recordId", entry.recordId()).param("quantity", entry.quantity()).param("title", entry.title())
                .param("link", entry.link()).param("at", Timestamp.from(entry.at())).update();
    }

    /** Uncounts the record; true if it was counted. */
    boolean delete(String kind, long recordId) {
        return jdbc.sql("delete from counted_work where kind = ? and record_id = ?").param(kind).param(recordId)
                .update() > 0;
    }
}
