package org.luoshi.publicity.internal.search;

import org.luoshi.publicity.internal.PublicityRoles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.db.CustomPlans;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.text.RichText;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 全文检索: the public search over what is published, and the staff search over the submissions the actor may see
 * and the articles published in their subtree. Both read the {@code search} columns that the writers fill in the
 * record's own transaction, so there is no index of our own to keep: a document committed on one node is found by
 * the next query on any node.
 * <p>
 * Ranking ({@code ts_rank_cd}, a title word weighs A) runs over at most {@link #CANDIDATES} matches per source, the
 * newest ones: a word found in most documents (老科协) would otherwise make every query rank the whole corpus. The
 * planner then walks the publication-date index newest first and stops at the cap; a rare word goes through the
 * GIN index. The candidates are only ids and dates (a sort of 1,000 search vectors costs more than the search), and
 * are ranked after the cap, each vector read once by id. Paging is in SQL.
 */
@Service
@Transactional(readOnly = true)
public class SearchQueries {

    /** The most matches per source that are ranked for one query (see the class comment and docs/publicity.md). */
    public static final int CANDIDATES = 1000;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Clock clock;

    SearchQueries(JdbcClient jdbc, UnitDirectory units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    /** Whether the actor may use the staff search: publicity staff and leaders of any unit. */
    public static boolean maySearch(Actor actor) {
        return PublicityRoles.mayRead(actor);
    }

    /** 门户检索: published articles only (due and not withdrawn), anywhere or in a unit's subtree by its code. */
    public SearchResults published(SearchText text, SearchFilter filter, PageQuery paging) {
        String scope = "";
        if (filter.unit() != null && !filter.unit().isBlank()) {
            scope = units.findByCode(filter.unit().strip()).filter(UnitRef::active).map(UnitRef::path)
                    .orElseThrow(() -> BusinessException.invalid("unit", "publicity.search.unit.unknown"));
        }
        Sql sql = new Sql(text, paging, clock.instant());
        sql.params.put("scope", scope);
        sql.articles(filter, clock);
        return run(text, sql, paging);
    }

    /** 检索 (staff): the actor's visible submissions and the articles published in their subtree. */
    public SearchResults staff(Actor actor, SearchText text, SearchFilter filter, PageQuery paging) {
        if (!maySearch(actor)) {
            throw BusinessException.forbidden("publicity.search.forbidden");
        }
        String scope = actor.scopePath();
        if (filter.unitId() != null) {
            scope = units.find(filter.unitId()).filter(u -> actor.covers(u.path())).map(UnitRef::path)
                    .orElseThrow(() -> BusinessException.invalid("unitId", "publicity.search.unit.outside"));
        }
        Sql sql = new Sql(text, paging, clock.instant());
        sql.params.put("scope", scope);
        sql.params.put("ownUnit", actor.unitId());
        if (filter.articles()) {
            sql.articles(filter, clock);
        }
        if (filter.submissions()) {
            sql.submissions(filter, clock);
        }
        return run(text, sql, paging);
    }

    private SearchResults run(SearchText text, Sql sql, PageQuery paging) {
        if (!text.hasWords() || sql.branches.isEmpty()) {
            return new SearchResults(text, Page.of(List.of(), 0, paging), false);
        }
        // a generic plan cannot tell a word in every document from a rare one, and takes the GIN bitmap for both
        CustomPlans.forThisTransaction(jdbc);
        List<Row> rows = jdbc.sql(sql.text()).params(sql.params).query(SearchQueries::row).list();
        long total = rows.isEmpty() ? count(sql) : rows.get(0).total;
        List<SearchHit> hits = rows.stream().map(r -> r.hit(text)).toList();
        boolean capped = total >= CANDIDATES;
        return new SearchResults(text, Page.of(hits, total, paging), capped);
    }

    /** The number of candidates when the page asked for lies beyond them. */
    private long count(Sql sql) {
        return jdbc.sql("select count(*) from (" + String.join(" union all ", sql.branches) + ") c")
                .params(sql.params).query(Long.class).single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("at");
        return new Row(rs.getString("source"), rs.getLong("id"), rs.getString("title"), rs.getString("body_html"),
                rs.getString("kind"), rs.getString("column_code"), rs.getString("status"), rs.getLong("unit_id"),
                rs.getString("unit_name"), at == null ? null : at.toInstant(), rs.getDouble("rank"),
                rs.getLong("total"));
    }

    private record Row(String source, long id, String title, String bodyHtml, String kind, String column,
            String status, long unitId, String unitName, Instant at, double rank, long total) {

        SearchHit hit(SearchText text) {
            String link = "ARTICLE".equals(source) ? "/portal/articles/" + id : "/publicity/submissions/" + id;
            return new SearchHit(source, id, title, Snippets.highlight(title, text.phrases()),
                    Snippets.snippet(RichText.plain(bodyHtml), text.phrases()), kind, column, status, unitId,
                    unitName, at, rank, link);
        }
    }

    /** The query in parts: one capped branch per source, ranked together, one page read. */
    private static final class Sql {

        final Map<String, Object> params = new HashMap<>();
        final List<String> branches = new ArrayList<>();

        Sql(SearchText text, PageQuery paging, Instant now) {
            params.put("q", text.tsquery());
            params.put("now", Timestamp.from(now));
            params.put("cap", CANDIDATES);
            params.put("size", paging.size());
            params.put("offset", paging.offset());
        }

        void articles(SearchFilter filter, Clock clock) {
            StringBuilder where = new StringBuilder("""
                    a.search @@ cast(:q as tsquery) and a.withdrawn_at is null and a.publish_at <= :now
                      and a.unit_path like :scope || '%'""");
            if (filter.column() != null) {
                where.append(" and a.column_code = :column");
                params.put("column", filter.column().name());
            }
            dates(where, "a.publish_at", filter, clock);
            branches.add("""
                    (select 'ARTICLE' as source, a.id, a.publish_at as at from publicity_article a
                     where %s order by a.publish_at desc, a.id desc limit :cap)""".formatted(where));
        }

        void submissions(SearchFilter filter, Clock clock) {
            // a draft only to its own unit; once submitted, to its unit and every ancestor (BRIEF, visibility)
            StringBuilder where = new StringBuilder("""
                    s.search @@ cast(:q as tsquery) and s.unit_path like :scope || '%'
                      and (s.unit_id = :ownUnit or s.submitted_version > 0)""");
            if (filter.kind() != null) {
                where.append(" and s.kind = :kind");
                params.put("kind", filter.kind().name());
            }
            dates(where, "s.updated_at", filter, clock);
            branches.add("""
                    (select 'SUBMISSION' as source, s.id, s.updated_at as at from publicity_submission s
                     where %s order by s.updated_at desc, s.id desc limit :cap)""".formatted(where));
        }

        private void dates(StringBuilder where, String column, SearchFilter filter, Clock clock) {
            if (filter.from() != null) {
                where.append(" and ").append(column).append(" >= :from");
                params.put("from", start(filter.from(), clock));
            }
            if (filter.to() != null) {
                where.append(" and ").append(column).append(" < :to");
                params.put("to", start(filter.to().plusDays(1), clock));
            }
        }

        private static Timestamp start(LocalDate day, Clock clock) {
            return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
        }

        String text() {
            return """
                    with candidates as (%s),
                    ranked as (
                        select c.source, c.id, c.at,
                               ts_rank_cd(coalesce(a.search, s.search), cast(:q as tsquery)) as rank,
                               count(*) over () as total
                        from candidates c
                        left join publicity_article a on c.source = 'ARTICLE' and a.id = c.id
                        left join publicity_submission s on c.source = 'SUBMISSION' and s.id = c.id
                        order by rank desc, c.at desc, c.id desc
                        limit :size offset :offset
                    )
                    select r.source, r.id, r.at, r.rank, r.total,
                           coalesce(a.title, s.title) as title, coalesce(a.body_html, s.body_html) as body_html,
                           s.kind, a.column_code, s.status, coalesce(a.unit_id, s.unit_id) as unit_id,
                           u.name as unit_name
                    from ranked r
                    left join publicity_article a on r.source = 'ARTICLE' and a.id = r.id
                    left join publicity_submission s on r.source = 'SUBMISSION' and s.id = r.id
                    join unit u on u.id = coalesce(a.unit_id, s.unit_id)
                    order by r.rank desc, r.at desc, r.id desc
                    """.formatted(String.join(" union all ", branches));
        }
    }
}
