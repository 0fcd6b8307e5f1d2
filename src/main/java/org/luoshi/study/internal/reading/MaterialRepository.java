package org.luoshi.study.internal.reading;

import org.luoshi.shared.text.RichText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Materials and their sections: one row a material, one a section in reading order. */
@Repository
public class MaterialRepository {

    /** A section as the material page lists it (no body). */
    public record SectionEntry(long id, int ordinal, String chapter, String heading, int charCount) {
    }

    /** A row of the materials list. */
    public record MaterialRow(long id, long unitId, String title, String source, Material.Status status,
            int sectionCount, int charCount, Instant publishedAt, Instant updatedAt) {
    }

    private static final String COLUMNS = """
            id, unit_id, unit_path, title, source, status, section_count, char_count, published_at, version
            """;
    private static final String LIST_WHERE = """
             where (unit_path like :scope || '%' or (unit_path = any(:ancestors) and status = 'PUBLISHED'))
               and (cast(:status as varchar) is null or status = :status)
               and (cast(:q as varchar) is null or title like '%' || :q || '%')
            """;

    private final JdbcClient jdbc;

    MaterialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long unitId, String unitPath, String title, String source, Long createdBy, Instant at,
            List<SectionDraft> sections) {
        int chars = sections.stream().mapToInt(SectionDraft::charCount).sum();
        long id = jdbc.sql("""
                insert into study_material (unit_id, unit_path, title, source, section_count, char_count, created_by,
                                            created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(unitId, unitPath, title, source, sections.size(), chars, createdBy, ts(at), ts(at))
                .query(Long.class).single();
        int ordinal = 0;
        for (SectionDraft section : sections) {
            jdbc.sql("""
                    insert into study_section (material_id, ordinal, chapter, heading, body, char_count)
                    values (?, ?, ?, ?, ?, ?)
                    """).params(id, ++ordinal, section.chapter(), section.heading(),
                    RichText.paragraphs(section.paragraphs()), section.charCount()).update();
        }
        return id;
    }

    public Optional<Material> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from study_material where id = ?").param(id)
                .query(MaterialRepository::material).optional();
    }

    /** Saves title, source and status if nobody saved since {@code material.version()}. */
    boolean update(Material material, Instant at) {
        return jdbc.sql("""
                update study_material set title = ?, source = ?, status = ?, published_at = ?, updated_at = ?,
                       version = version + 1
                 where id = ? and version = ?
                """).params(material.title(), material.source(), material.status().name(),
                ts(material.publishedAt()), ts(at), material.id(), material.version()).update() == 1;
    }

    public List<SectionEntry> sections(long materialId) {
        return jdbc.sql("""
                select id, ordinal, chapter, heading, char_count from study_section
                 where material_id = ? order by ordinal
                """).param(materialId).query((rs, i) -> new SectionEntry(rs.getLong(1), rs.getInt(2),
                rs.getString(3), rs.getString(4), rs.getInt(5))).list();
    }

    public List<MaterialRow> page(String scope, List<String> ancestors, MaterialFilter filter, PageQuery page) {
        return filtered("select " + ROW + " from study_material" + LIST_WHERE
                + " order by coalesce(published_at, created_at) desc, id desc limit :limit offset :offset",
                scope, ancestors, filter).param("limit", page.size()).param("offset", page.offset())
                .query(MaterialRepository::row).list();
    }

    public long count(String scope, List<String> ancestors, MaterialFilter filter) {
        return filtered("select count(*) from study_material" + LIST_WHERE, scope, ancestors, filter)
                .query(Long.class).single();
    }

    public Stream<MaterialRow> stream(String scope, List<String> ancestors, MaterialFilter filter) {
        return filtered("select " + ROW + " from study_material" + LIST_WHERE
                + " order by coalesce(published_at, created_at) desc, id desc", scope, ancestors, filter)
                .query(MaterialRepository::row).stream();
    }

    private static final String ROW = """
            id, unit_id, title, source, status, section_count, char_count, published_at, updated_at
            """;

    private JdbcClient.StatementSpec filtered(String sql, String scope, List<String> ancestors, MaterialFilter filter) {
        return jdbc.sql(sql).param("scope", scope).param("ancestors", ancestors.toArray(String[]::new))
                .param("status", filter.status() == null ? null : filter.status().name()).param("q", filter.likeQ());
    }

    /** The paths of the unit at {@code path} and of each unit above it: where a material reaching it is placed. */
    public static List<String> ancestors(String path) {
        List<String> out = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            out.add(path.substring(0, i + 1));
        }
        return out;
    }

    private static Material material(ResultSet rs, int row) throws SQLException {
        return new Material(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("title"),
                rs.getString("source"), Material.Status.valueOf(rs.getString("status")), rs.getInt("section_count"),
                rs.getInt("char_count"), instant(rs.getTimestamp("published_at")), rs.getInt("version"));
    }

    private static MaterialRow row(ResultSet rs, int row) throws SQLException {
        return new MaterialRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"), rs.getString("source"),
                Material.Status.valueOf(rs.getString("status")), rs.getInt("section_count"), rs.getInt("char_count"),
                instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
