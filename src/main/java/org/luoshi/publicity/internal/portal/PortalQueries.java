package org.luoshi.publicity.internal.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.portal.ArticleRepository.ArticleImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public portal reads: only articles published by now on the business clock and not withdrawn, pinned
 * first in a column's lists, newest first in the feeds; a unit's portal reads its subtree. Each list is one index
 * scan that stops after the page (no count over the column: the page asks for one row more to know if more follow).
 */
@Component
@Transactional(readOnly = true)
public class PortalQueries {

    static final String LIST_COLUMNS = """
            a.id, a.column_code, a.title, a.summary, a.source, a.author, a.publish_at, a.updated_at, a.pinned,
            a.cover_file_id""";

    /** An item of a list or feed, without its body. */
    public record Item(long id, PortalColumn column, String title, String summary, String source, String author,
            Instant publishAt, Instant updatedAt, boolean pinned, Long coverFileId) {
    }

    /** An item of a feed, with its full body and images. */
    public record FeedItem(Item item, String bodyHtml, List<FeedImage> images) {
    }

    /** An image of a feed item, with what a feed reader needs to fetch it. */
    public record FeedImage(long fileId, String caption, String contentType, long sizeBytes) {
    }

    /** A page of a list: its items and whether another page follows. */
    public record Slice(List<Item> items, int page, int size, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    /** A column's share of the home page. */
    public record ColumnItems(PortalColumn column, List<Item> items) {
    }

    /** What the article's public address shows: the article (published, or withdrawn with its reason). */
    public record PublicArticle(Article article, List<ArticleImage> images) {
    }

    public static final int PAGE_SIZE = 20;
    public static final int HOME_ITEMS = 6;
    public static final int FEED_ITEMS = 30;
    static final int MAX_PAGE = 500;

    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final Clock clock;

    PortalQueries(JdbcClient jdbc, ArticleRepository articles, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Each column's pinned and latest items, of the whole portal or of a unit's subtree ({@code scopePath}). */
    public List<ColumnItems> home(String scopePath) {
        List<ColumnItems> columns = new ArrayList<>();
        for (PortalColumn column : PortalColumn.values()) {
            columns.add(new ColumnItems(column, column(column, scopePath, 1, HOME_ITEMS).items()));
        }
        return columns;
    }

    /** A page of a column (pinned first, then newest), of the whole portal or of a unit's subtree. */
    public Slice column(PortalColumn column, String scopePath, int page, int size) {
        int p = Math.min(Math.max(page, 1), MAX_PAGE);
        String sql = scopePath == null ? """
                select %s from publicity_article a
                 where a.column_code = :column and a.withdrawn_at is null and a.publish_at <= :now
                 order by a.pinned desc, a.publish_at desc, a.id desc
                 limit :limit offset :offset
                """.formatted(LIST_COLUMNS)
                // a subtree: its keys from the column-and-path index alone (the inner offset 0 keeps the planner
                // from walking the whole column in order instead), sorted, then the page's rows
                : """
                select %s from (
                    select k.id, k.pinned, k.publish_at from (
                        select id, pinned, publish_at from publicity_article
                         where column_code = :column and withdrawn_at is null and unit_path like :scope || '%%'
                           and publish_at <= :now offset 0) k
                     order by k.pinned desc, k.publish_at desc, k.id desc limit :limit offset :offset) p
                  join publicity_article a on a.id = p.id
                 order by p.pinned desc, p.publish_at desc, p.id desc
                """.formatted(LIST_COLUMNS);
        List<Item> items = jdbc.sql(sql).params(params(null, scopePath))
                .param("column", column.name()).param("now", Timestamp.from(clock.instant()))
                .param("limit", size + 1).param("offset", (long) (p - 1) * size)
                .query(PortalQueries::item).list();
        boolean more = items.size() > size;
        return new Slice(more ? items.subList(0, size) : items, p, size, more);
    }

    /** The newest items, of one column or all (null), of the whole portal or a unit's subtree: for the feeds. */
    public List<FeedItem> latest(PortalColumn column, String scopePath, int limit) {
        List<Item> items = jdbc.sql("""
                select %s from publicity_article a
                 where a.withdrawn_at is null and a.publish_at <= :now %s %s
                 order by a.publish_at desc, a.id desc
                 limit :limit
                """.formatted(LIST_COLUMNS, column == null ? "" : "and a.column_code = :column",
                        scopePath == null ? "" : "and a.unit_path like :scope || '%'"))
                .params(params(column, scopePath))
                .param("now", Timestamp.from(clock.instant())).param("limit", limit)
                .query(PortalQueries::item).list();
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(Item::id).toList();
        java.util.Map<Long, String> bodies = new java.util.HashMap<>();
        jdbc.sql("select id, body_html from publicity_article where id in (:ids)").param("ids", ids)
                .query(rs -> {
                    bodies.put(rs.getLong("id"), rs.getString("body_html"));
                });
        java.util.Map<Long, List<FeedImage>> images = new java.util.HashMap<>();
        jdbc.sql("""
                select i.article_id, i.file_id, i.caption, f.content_type, f.size_bytes
                  from publicity_article_image i join stored_file f on f.id = i.file_id
                 where i.article_id in (:ids) order by i.article_id, i.ordinal, i.file_id
                """).param("ids", ids).query(rs -> {
                    images.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(
                            new FeedImage(rs.getLong("file_id"), rs.getString("caption"),
                                    rs.getString("content_type"), rs.getLong("size_bytes")));
                });
        return items.stream().map(item -> new FeedItem(item, bodies.get(item.id()),
                images.getOrDefault(item.id(), List.of()))).toList();
    }

    private static java.util.Map<String, Object> params(PortalColumn column, String scopePath) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (column != null) {
            params.put("column", column.name());
        }
        if (scopePath != null) {
            params.put("scope", scopePath);
        }
        return params;
    }

    /**
     * The article at its public address: published (status PUBLISHED) or withdrawn after it was published (its
     * page says so); empty when unknown or not yet published, which the public cannot tell apart.
     */
    public Optional<PublicArticle> article(long id) {
        Instant now = clock.instant();
        return articles.find(id).filter(a -> a.isPublic(now) || a.status(now) == Article.Status.WITHDRAWN
                && a.wasPublished(now)).map(a -> new PublicArticle(a, a.isPublic(now) ? articles.images(id)
                        : List.of()));
    }

    /** Whether the file is an image of an article the public may read now: only then is it served. */
    public boolean imageIsPublic(long fileId) {
        return jdbc.sql("""
                select exists (select 1 from publicity_article_image i join publicity_article a on a.id = i.article_id
                                where i.file_id = ? and a.withdrawn_at is null and a.publish_at <= ?)
                """).param(fileId).param(Timestamp.from(clock.instant())).query(Boolean.class).single();
    }

    static Item item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), PortalColumn.valueOf(rs.getString("column_code")), rs.getString("title"),
                rs.getString("summary"), rs.getString("source"), rs.getString("author"),
                rs.getTimestamp("publish_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getBoolean("pinned"), rs.getObject("cover_file_id", Long.class));
    }
}
