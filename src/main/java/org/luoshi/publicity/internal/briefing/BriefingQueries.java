package org.luoshi.publicity.internal.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The briefings of the actor's subtree, newest 期 first; a year's when one is asked for. */
@Component
public class BriefingQueries {

    /** A briefing in the list; {@code published}: on the portal's 工作简报 column. */
    public record Row(long id, long unitId, String issuerName, int year, int number, String title,
            LocalDate issueDate, int items, BriefingStatus status, boolean published) {
    }

    private final JdbcClient jdbc;

    BriefingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Row> list(Actor actor, Integer year, PageQuery page) {
        var count = jdbc.sql("select count(*) from publicity_briefing b" + where(year)).param("scope", actor.scopePath());
        if (year != null) {
            count = count.param("year", year);
        }
        return Page.of(rows(actor, year, page), count.query(Long.class).single(), page);
    }

    /** Every briefing the list shows for this year (or all years), in its order: what 导出 Excel writes. */
    public List<Row> all(Actor actor, Integer year) {
        return rows(actor, year, null);
    }

    private static String where(Integer year) {
        return " where b.unit_path like :scope || '%'" + (year == null ? "" : " and b.year = :year");
    }

    private List<Row> rows(Actor actor, Integer year, PageQuery page) {
        var rows = jdbc.sql("""
                select b.id, b.unit_id, b.issuer_name, b.year, b.number, b.title, b.issue_date, b.status,
                       b.article_id is not null as published,
                       (select count(*) from publicity_briefing_item i where i.briefing_id = b.id) as items
                  from publicity_briefing b
                """ + where(year) + " order by b.year desc, b.issue_date desc, b.number desc, b.id desc"
                + (page == null ? "" : " limit :limit offset :offset")).param("scope", actor.scopePath());
        if (page != null) {
            rows = rows.param("limit", page.size()).param("offset", page.offset());
        }
        if (year != null) {
            rows = rows.param("year", year);
        }
        return rows.query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("unit_id"),
                rs.getString("issuer_name"), rs.getInt("year"), rs.getInt("number"), rs.getString("title"),
                rs.getObject("issue_date", LocalDate.class), rs.getInt("items"),
                BriefingStatus.valueOf(rs.getString("status")), rs.getBoolean("published"))).list();
    }

    /**
     * The Word document of the briefing published as this portal article: the file kept at issue, the bytes the
     * editors download. Whether the public may read the article now is the portal's question (PortalQueries).
     */
    public Optional<Long> portalDocument(long articleId) {
        return jdbc.sql("""
                select document_file_id from publicity_briefing
                 where article_id = ? and status = 'ISSUED' and document_file_id is not null
                """).param(articleId).query(Long.class).optional();
    }

    /** The years the subtree has briefings of, newest first, for the filter. */
    public List<Integer> years(Actor actor) {
        return jdbc.sql("select distinct year from publicity_briefing where unit_path like ? || '%' order by year desc")
                .param(actor.scopePath()).query(Integer.class).list();
    }
}
