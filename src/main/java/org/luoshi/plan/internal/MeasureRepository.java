package org.luoshi.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.luoshi.plan.MeasureDraft;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The measures (落实举措) of assignments. */
@Repository
public class MeasureRepository {

    /** A measure as pages and the API show it. */
    public record Measure(long id, long assignmentId, long itemId, String content, String responsible,
            LocalDate dueOn, String target, int sortOrder) {
    }

    private static final RowMapper<Measure> MEASURE = (rs, i) -> new Measure(rs.getLong("id"),
            rs.getLong("assignment_id"), rs.getLong("item_id"), rs.getString("content"), rs.getString("responsible"),
            rs.getObject("due_on", LocalDate.class), rs.getString("target"), rs.getInt("sort_order"));

    private final JdbcClient jdbc;

    MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Measure> ofAssignment(long assignmentId) {
        return jdbc.sql("select * from measure where assignment_id = ? order by item_id, sort_order, id")
                .param(assignmentId).query(MEASURE).list();
    }

    public Optional<Measure> find(long assignmentId, long measureId) {
        return jdbc.sql("select * from measure where assignment_id = ? and id = ?").param(assignmentId)
                .param(measureId).query(MEASURE).optional();
    }

    int count(long assignmentId) {
        return jdbc.sql("select count(*) from measure where assignment_id = ?").param(assignmentId)
                .query(Integer.class).single();
    }

    long insert(long assignmentId, MeasureDraft form) {
        return jdbc.sql("""
                insert into measure (assignment_id, item_id, content, responsible, due_on, target, sort_order)
                values (:a, :item, :content, :responsible, :due, :target,
                        (select coalesce(max(sort_order), 0) + 1 from measure where assignment_id = :a))
                returning id
                """).param("a", assignmentId).param("item", form.itemId()).param("content", form.content().strip())
                .param("responsible", form.responsible().strip()).param("due", form.dueOn())
                .param("target", blankToNull(form.target())).query(Long.class).single();
    }

    void update(long measureId, MeasureDraft form) {
        jdbc.sql("update measure set item_id = ?, content = ?, responsible = ?, due_on = ?, target = ? where id = ?")
                .param(form.itemId()).param(form.content().strip()).param(form.responsible().strip())
                .param(form.dueOn()).param(blankToNull(form.target())).param(measureId).update();
    }

    void delete(long measureId) {
        jdbc.sql("delete from measure where id = ?").param(measureId).update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
