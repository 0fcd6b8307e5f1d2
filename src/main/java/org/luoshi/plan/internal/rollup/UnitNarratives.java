package org.luoshi.plan.internal.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.plan.RollupScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the 工作情况报告 tells of each unit in words, beside the figures: its measures, its accepted progress (with
 * photos), its 经验做法 and its next steps. No form holds 经验做法 or next steps as such, so they come from what the
 * workflow records: the comments a reviewer wrote when accepting a report, and the items still open with their
 * own due dates and planned measures.
 */
@Component
class UnitNarratives {

    /** Units narrated in one report: the unit and its direct children, as a national body has ~40. */
    static final int UNITS = 100;

    private static final String UNITS_OF_REPORT = RollupSql.load("unitsOfReport");
    private static final String NARRATIVE = RollupSql.load("narrativeOfAssignments");

    private final JdbcClient jdbc;
    private final UnitNames names;

    UnitNarratives(JdbcClient jdbc, UnitNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    enum Kind { MEASURE, PROGRESS, EXPERIENCE, NEXT }

    /** One line of a unit's narrative; {@code reportId} leads to the photos of an accepted progress report. */
    record Line(Kind kind, String citation, String itemTitle, String text, String who, LocalDate dueOn,
            String target, Long reportId) {
    }

    record Narrative(long unitId, String unitName, Map<Kind, List<Line>> lines) {

        List<Line> of(Kind kind) {
            return lines.getOrDefault(kind, List.of());
        }
    }

    List<Narrative> of(RollupScope scope, LocalDate asOf) {
        Map<Long, Long> unitOfAssignment = new LinkedHashMap<>();
        jdbc.sql(UNITS_OF_REPORT).param("planId", scope.plan().id()).param("prefix", scope.prefix())
                .param("asOf", asOf).param("limit", UNITS)
                .query((rs, i) -> Map.entry(rs.getLong("assignment_id"), rs.getLong("unit_id"))).list()
                .forEach(e -> unitOfAssignment.put(e.getKey(), e.getValue()));
        if (unitOfAssignment.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Kind, List<Line>>> lines = new LinkedHashMap<>();
        jdbc.sql(NARRATIVE).param("planId", scope.plan().id()).param("asOf", asOf)
                .param("assignmentIds", List.copyOf(unitOfAssignment.keySet()))
                .query((rs, i) -> {
                    Line line = new Line(Kind.valueOf(rs.getString("kind")), rs.getString("citation"),
                            rs.getString("item_title"), rs.getString("text"), rs.getString("responsible"),
                            rs.getObject("due_on", LocalDate.class), rs.getString("target"),
                            (Long) rs.getObject("report_id"));
                    lines.computeIfAbsent(rs.getLong("assignment_id"), id -> new LinkedHashMap<>())
                            .computeIfAbsent(line.kind(), k -> new ArrayList<>()).add(line);
                    return line;
                })
                .list();
        Map<Long, String> unitNames = names.of(unitOfAssignment.values());
        List<Narrative> narratives = new ArrayList<>();
        unitOfAssignment.forEach((assignment, unit) -> narratives.add(
                new Narrative(unit, unitNames.get(unit), lines.getOrDefault(assignment, Map.of()))));
        return narratives;
    }

    /** The images attached to an accepted report, at most {@code limit}, in upload order. */
    List<Long> photos(long reportId, int limit) {
        return jdbc.sql("""
                select f.id from progress_evidence e join stored_file f on f.id = e.file_id
                 where e.report_id = ? and f.content_type like 'image/%'
                 order by f.id limit ?
                """).param(reportId).param(limit).query(Long.class).list();
    }
}
