package org.luoshi.study.internal.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.NextReading;
import org.luoshi.study.ReadingSuggestions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a member reads: one section a page (one query, with its neighbours and the member's progress), the materials
 * published to them with how far they are, and a material's sections with their own progress. Only their own.
 */
@Service
public class ReadingQueries implements ReadingSuggestions {

    /** A section page. {@code dwellMs}, {@code read}, {@code sectionsRead} are the reader's own (0/false without). */
    public record SectionPage(long id, int ordinal, String chapter, String heading, String body, int charCount,
            Material material, Long previousId, Long nextId, long dwellMs, boolean read, int sectionsRead) {
    }

    /** A material published to the reader, and their reading of it (null dates: not started / not finished). */
    public record MyMaterial(long id, String title, String source, int sectionCount, Instant publishedAt,
            int sectionsRead, LocalDate startedOn, LocalDate finishedOn) {

        public int percent() {
            return sectionCount == 0 ? 0 : sectionsRead * 100 / sectionCount;
        }
    }

    /** A section of a material with the reader's own progress on it. */
    public record MySection(long id, int ordinal, String chapter, String heading, int charCount, long dwellMs,
            boolean opened, Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final Readers readers;
    private final MaterialRepository materials;

    ReadingQueries(JdbcClient jdbc, Readers readers, MaterialRepository materials) {
        this.jdbc = jdbc;
        this.readers = readers;
        this.materials = materials;
    }

    /** The material, if the actor may open it (its reader, or a manager previewing it). */
    public Material material(Actor actor, Reader reader, long materialId) {
        return materials.find(materialId)
                .filter(m -> m.mayOpen(actor, reader == null ? null : reader.unitPath()))
                .orElseThrow(() -> BusinessException.notFound("study.reading.material.notFound"));
    }

    /**
     * The section, if the actor may open it: a reader of its published material, or a manager previewing it.
     * {@code reader} may be null (staff without a member).
     */
    public SectionPage section(Actor actor, Reader reader, long sectionId) {
        long member = reader == null ? -1 : reader.memberId();
        SectionPage page = jdbc.sql("""
                select s.id, s.ordinal, s.chapter, s.heading, s.body, s.char_count,
                       m.id as material_id, m.unit_id, m.unit_path, m.title, m.source, m.status, m.section_count,
                       m.char_count as material_chars, m.published_at, m.version,
                       (select p.id from study_section p where p.material_id = s.material_id
                           and p.ordinal = s.ordinal - 1) as previous_id,
                       (select n.id from study_section n where n.material_id = s.material_id
                           and n.ordinal = s.ordinal + 1) as next_id,
                       rp.dwell_ms, rp.finished_at, mr.sections_read
                  from study_section s join study_material m on m.id = s.material_id
                  left join reading_progress rp on rp.member_id = :member and rp.section_id = s.id
                  left join material_reader mr on mr.material_id = s.material_id and mr.member_id = :member
                 where s.id = :id
                """).param("member", member).param("id", sectionId).query((rs, i) -> new SectionPage(rs.getLong("id"),
                        rs.getInt("ordinal"), rs.getString("chapter"), rs.getString("heading"), rs.getString("body"),
                        rs.getInt("char_count"), new Material(rs.getLong("material_id"), rs.getLong("unit_id"),
                                rs.getString("unit_path"), rs.getString("title"), rs.getString("source"),
                                Material.Status.valueOf(rs.getString("status")), rs.getInt("section_count"),
                                rs.getInt("material_chars"), instant(rs.getTimestamp("published_at")),
                                rs.getInt("version")),
                        (Long) rs.getObject("previous_id"), (Long) rs.getObject("next_id"), rs.getLong("dwell_ms"),
                        rs.getTimestamp("finished_at") != null, rs.getInt("sections_read")))
                .optional().orElse(null);
        if (page == null || !page.material().mayOpen(actor, reader == null ? null : reader.unitPath())) {
            throw BusinessException.notFound("study.reading.section.notFound");
        }
        return page;
    }

    public Page<MyMaterial> myMaterials(Reader reader, PageQuery page) {
        String[] ancestors = MaterialRepository.ancestors(reader.unitPath()).toArray(String[]::new);
        List<MyMaterial> items = jdbc.sql("""
                select m.id, m.title, m.source, m.section_count, m.published_at,
                       coalesce(mr.sections_read, 0) as sections_read, mr.started_on, mr.finished_on
                  from study_material m
                  left join material_reader mr on mr.material_id = m.id and mr.member_id = :member
                 where m.status = 'PUBLISHED' and m.unit_path = any(:ancestors)
                 order by (mr.started_on is not null and mr.finished_on is null) desc, m.published_at desc, m.id desc
                 limit :limit offset :offset
                """).param("member", reader.memberId()).param("ancestors", ancestors).param("limit", page.size())
                .param("offset", page.offset()).query((rs, i) -> new MyMaterial(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), instant(rs.getTimestamp(5)), rs.getInt(6),
                        date(rs.getObject(7, LocalDate.class)), date(rs.getObject(8, LocalDate.class))))
                .list();
        long total = jdbc.sql("""
                select count(*) from study_material where status = 'PUBLISHED' and unit_path = any(:ancestors)
                """).param("ancestors", ancestors).query(Long.class).single();
        return Page.of(items, total, page);
    }

    /** The sections of a material with the reader's own progress (none for staff without a member). */
    public List<MySection> mySections(Reader reader, long materialId) {
        return jdbc.sql("""
                select s.id, s.ordinal, s.chapter, s.heading, s.char_count, coalesce(rp.dwell_ms, 0),
                       rp.member_id is not null, rp.finished_at
                  from study_section s
                  left join reading_progress rp on rp.section_id = s.id and rp.member_id = :member
                 where s.material_id = :material order by s.ordinal
                """).param("member", reader == null ? -1 : reader.memberId()).param("material", materialId)
                .query((rs, i) -> new MySection(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getLong(6), rs.getBoolean(7), instant(rs.getTimestamp(8))))
                .list();
    }

    /** Where to continue a material: the section last opened, else the first. */
    public Optional<Long> continueAt(Reader reader, long materialId) {
        return jdbc.sql("""
                select s.id from study_section s
                 where s.material_id = :material
                   and s.ordinal = coalesce((select last_section from material_reader
                                              where material_id = :material and member_id = :member), 1)
                """).param("material", materialId).param("member", reader == null ? -1 : reader.memberId())
                .query(Long.class).optional();
    }

    @Override
    public Optional<NextReading> nextFor(Actor actor) {
        return readers.of(actor).flatMap(this::next);
    }

    public Optional<NextReading> next(Reader reader) {
        return jdbc.sql("""
                with pick as (
                    select m.id, m.title, m.section_count, coalesce(mr.sections_read, 0) as sections_read,
                           coalesce(mr.last_section, 1) as last_section, mr.member_id is not null as started
                      from study_material m
                      left join material_reader mr on mr.material_id = m.id and mr.member_id = :member
                     where m.status = 'PUBLISHED' and m.unit_path = any(:ancestors) and mr.finished_on is null
                     order by (mr.member_id is not null) desc, mr.started_on desc nulls last, m.published_at desc
                     limit 1)
                select pick.id, pick.title, s.id, s.heading, pick.sections_read, pick.section_count, pick.started
                  from pick join lateral (
                        select s.id, s.heading from study_section s
                         where s.material_id = pick.id
                           and not exists (select 1 from reading_progress rp where rp.member_id = :member
                                              and rp.section_id = s.id and rp.finished_at is not null)
                         order by (s.ordinal >= pick.last_section) desc, s.ordinal limit 1) s on true
                """).param("member", reader.memberId())
                .param("ancestors", MaterialRepository.ancestors(reader.unitPath()).toArray(String[]::new))
                .query((rs, i) -> new NextReading(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getBoolean(7)))
                .optional();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static LocalDate date(LocalDate date) {
        return date;
    }
}
