package org.luoshi.plan.internal.counting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.plan.CountedKind;
import org.luoshi.plan.CountedWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The work counted toward the items of one assignment (the unit's task page), with every entry as evidence. */
@Component
public class CountedWorks {

    /** One counted record: its title and the link to it (a path of this site, or null). */
    public record Entry(String kind, String label, String unit, long recordId, int quantity, String title,
            String link, Instant countedAt) {
    }

    /** An item's counted work beside its target, and the entries it sums, newest first. */
    public record ItemCount(CountedWork work, List<Entry> entries) {

        public static ItemCount none(Integer targetQuantity, String targetUnit) {
            return new ItemCount(CountedWork.none(targetQuantity, targetUnit), List.of());
        }
    }

    private record Row(long itemId, String kind, long recordId, int quantity, String title, String link,
            Instant countedAt, Integer targetQuantity, String targetUnit) {
    }

    private final JdbcClient jdbc;
    private final WorkKinds kinds;

    CountedWorks(JdbcClient jdbc, WorkKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    /** Per item of the assignment that has counted work; an item without any is absent. */
    public Map<Long, ItemCount> ofAssignment(long assignmentId) {
        Map<Long, List<Row>> byItem = new LinkedHashMap<>();
        jdbc.sql("""
                select c.item_id, c.kind, c.record_id, c.quantity, c.title, c.link, c.counted_at,
                       pi.target_quantity, pi.target_unit
                  from counted_work c join plan_item pi on pi.id = c.item_id
                 where c.assignment_id = ?
                 order by c.item_id, c.counted_at desc, c.id desc
                """).param(assignmentId).query((rs, i) -> new Row(rs.getLong("item_id"), rs.getString("kind"),
                        rs.getLong("record_id"), rs.getInt("quantity"), rs.getString("title"), rs.getString("link"),
                        rs.getTimestamp("counted_at").toInstant(), (Integer) rs.getObject("target_quantity"),
                        rs.getString("target_unit"))).list()
                .forEach(row -> byItem.computeIfAbsent(row.itemId(), id -> new ArrayList<>()).add(row));
        Map<Long, ItemCount> counts = new LinkedHashMap<>();
        byItem.forEach((itemId, rows) -> counts.put(itemId, count(rows)));
        return counts;
    }

    private ItemCount count(List<Row> rows) {
        Map<String, Long> quantities = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Row row : rows) {
            quantities.merge(row.kind(), (long) row.quantity(), Long::sum);
            entries.add(new Entry(row.kind(), kinds.label(row.kind()), kinds.unit(row.kind()), row.recordId(),
                    row.quantity(), row.title(), row.link(), row.countedAt()));
        }
        List<CountedKind> sums = quantities.entrySet().stream()
                .map(sum -> kinds.counted(sum.getKey(), sum.getValue())).toList();
        Row first = rows.get(0);
        return new ItemCount(new CountedWork(sums, first.targetQuantity(), first.targetUnit()), entries);
    }
}
