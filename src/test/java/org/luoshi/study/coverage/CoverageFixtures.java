package org.luoshi.study.coverage;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Materials, members and their reading straight into the tables (the reading part's own write path is built in
 * parallel): a reader row per member and material, and progress rows for the sections they finished.
 */
final class CoverageFixtures {

    private final JdbcClient jdbc;

    CoverageFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Material(long id, List<Long> sectionIds) {
    }

    Material material(long unitId, String title, int sections) {
        String path = jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
        long id = jdbc.sql("""
                insert into study_material (unit_id, unit_path, title, status, section_count, char_count, published_at,
                                            created_at, updated_at)
                values (?, ?, ?, 'PUBLISHED', ?, 1000, now() - interval '60 days', now(), now()) returning id
                """).param(unitId).param(path).param(title).param(sections).query(Long.class).single();
        List<Long> sectionIds = new ArrayList<>();
        for (int i = 1; i <= sections; i++) {
            sectionIds.add(jdbc.sql("""
                    insert into study_section (material_id, ordinal, chapter, heading, body, char_count)
                    values (?, ?, ?, ?, '正文', 2) returning id
                    """).param(id).param(i).param("第" + ((i + 1) / 2) + "章").param("第" + i + "节")
                    .query(Long.class).single());
        }
        return new Material(id, sectionIds);
    }

    long member(long unitId, String status) {
        return jdbc.sql("""
                insert into member (unit_id, unit_path, name, status)
                select id, path, '读者', ? from unit where id = ? returning id
                """).param(status).param(unitId).query(Long.class).single();
    }

    long member(long unitId) {
        return member(unitId, "ACTIVE");
    }

    /**
     * The member has read {@code sectionsRead} sections of the material, starting on {@code startedOn}; finished on
     * {@code finishedOn} when not null (then every section counts as read).
     */
    void read(Material material, long memberId, LocalDate startedOn, int sectionsRead, LocalDate finishedOn) {
        int read = finishedOn != null ? material.sectionIds().size() : sectionsRead;
        for (int i = 0; i < read; i++) {
            Timestamp at = Timestamp.from(startedOn.plusDays(i).atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
            jdbc.sql("""
                    insert into reading_progress (member_id, section_id, material_id, dwell_ms, first_at, last_at,
                                                  finished_at)
                    values (?, ?, ?, 60000, ?, ?, ?)
                    """).param(memberId).param(material.sectionIds().get(i)).param(material.id()).param(at).param(at)
                    .param(at).update();
        }
        jdbc.sql("""
                insert into material_reader (material_id, member_id, unit_id, unit_path, sections_read, last_section,
                                             started_on, finished_on, active)
                select ?, m.id, m.unit_id, m.unit_path, ?, ?, ?, ?, m.status = 'ACTIVE' from member m where m.id = ?
                """).param(material.id()).param(read).param(Math.max(1, read)).param(startedOn).param(finishedOn)
                .param(memberId).update();
    }
}
