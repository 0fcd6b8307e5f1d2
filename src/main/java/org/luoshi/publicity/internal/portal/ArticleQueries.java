package org.luoshi.publicity.internal.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 门户发布's list: the articles the actor's unit published, newest first, filtered in SQL by column and status. */
@Component
@Transactional(readOnly = true)
public class ArticleQueries {

    /** The list's filter; each part may be null. */
    public record Filter(PortalColumn column, Article.Status status) {
    }

    /** A row of the list. */
    public record Row(long id, PortalColumn column, String title, String source, Instant publishAt, boolean pinned,
            Instant withdrawnAt, Article.Status status, Long submissionId, int version) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Page<Row> list(Actor actor, Filter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("select count(*) from publicity_article a where " + where).params(params)
                .query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return Page.of(rows(where, " limit :limit offset :offset", params), total, page);
    }

    /** Every row the list shows with this filter, in its order: what 导出 Excel writes. */
    public List<Row> all(Actor actor, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return rows(where(actor, filter, params), "", params);
    }

    private String where(Actor actor, Filter filter, Map<String, Object> params) {
        if (!Article.mayRead(actor)) {
            throw org.luoshi.shared.error.BusinessException.forbidden("publicity.article.notStaff");
        }
        StringBuilder where = new StringBuilder("a.unit_id = :unit");
        params.put("unit", actor.unitId());
        params.put("now", Timestamp.from(clock.instant()));
        if (filter.column() != null) {
            where.append(" and a.column_code = :column");
            params.put("column", filter.column().name());
        }
        if (filter.status() != null) {
            where.append(switch (filter.status()) {
                case SCHEDULED -> " and a.withdrawn_at is null and a.publish_at > :now";
                case PUBLISHED -> " and a.withdrawn_at is null and a.publish_at <= :now";
                case WITHDRAWN -> " and a.withdrawn_at is not null";
            });
        }
        return where.toString();
    }

    /** The rows matching {@code where}, newest first, cut to a page by {@code limit} when it is not empty. */
    private List<Row> rows(String where, String limit, Map<String, Object> params) {
        Instant now = ((Timestamp) params.get("now")).toInstant();
        return jdbc.sql("""
                select a.id, a.column_code, a.title, a.source, a.publish_at, a.pinned, a.withdrawn_at,
                       a.submission_id, a.version
                  from publicity_article a where %s
                 order by a.created_at desc, a.id desc%s
                """.formatted(where, limit)).params(params)
                .query((rs, n) -> {
                    Instant publishAt = rs.getTimestamp("publish_at").toInstant();
                    Instant withdrawnAt = ArticleRepository.instant(rs, "withdrawn_at");
                    Article.Status status = withdrawnAt != null ? Article.Status.WITHDRAWN
                            : publishAt.isAfter(now) ? Article.Status.SCHEDULED : Article.Status.PUBLISHED;
                    return new Row(rs.getLong("id"), PortalColumn.valueOf(rs.getString("column_code")),
                            rs.getString("title"), rs.getString("source"), publishAt, rs.getBoolean("pinned"),
                            withdrawnAt, status, rs.getObject("submission_id", Long.class), rs.getInt("version"));
                }).list();
    }
}
