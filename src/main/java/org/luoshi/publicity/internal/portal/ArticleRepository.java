package org.luoshi.publicity.internal.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.portal.ArticlePublisher.Image;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Articles and their images in publicity_article / publicity_article_image. */
@Repository
public class ArticleRepository {

    static final String COLUMNS = """
            a.id, a.unit_id, a.unit_path, a.column_code, a.submission_id, a.title, a.summary, a.body_html, a.source,
            a.author, a.cover_file_id, a.publish_at, a.pinned, a.withdrawn_at, a.withdrawn_reason, a.created_at,
            a.updated_at, a.version""";

    /** An image of an article as its page shows it. */
    public record ArticleImage(long fileId, String caption, int ordinal) {
    }

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
                PortalColumn.valueOf(rs.getString("column_code")), (Long) rs.getObject("submission_id", Long.class),
                new ArticleContent(rs.getString("title"), rs.getString("summary"), rs.getString("body_html"),
                        rs.getString("source"), rs.getString("author")),
                rs.getObject("cover_file_id", Long.class), instant(rs, "publish_at"), rs.getBoolean("pinned"),
                instant(rs, "withdrawn_at"), rs.getString("withdrawn_reason"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    public Optional<Article> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from publicity_article a where a.id = ?").param(id)
                .query(ArticleRepository::article).optional();
    }

    public List<ArticleImage> images(long articleId) {
        return jdbc.sql("""
                select file_id, caption, ordinal from publicity_article_image where article_id = ?
                 order by ordinal, file_id
                """).param(articleId)
                .query((rs, row) -> new ArticleImage(rs.getLong("file_id"), rs.getString("caption"),
                        rs.getInt("ordinal")))
                .list();
    }

    long insert(long unitId, String unitPath, PortalColumn column, Long submissionId, ArticleContent content,
            Long coverFileId, Instant publishAt, boolean pinned, String search, long createdBy, Instant now) {
        return jdbc.sql("""
                insert into publicity_article (unit_id, unit_path, column_code, submission_id, title, summary,
                    body_html, source, author, cover_file_id, publish_at, pinned, search, created_by, created_at,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::tsvector, ?, ?, ?)
                returning id
                """).param(unitId).param(unitPath).param(column.name()).param(submissionId).param(content.title())
                .param(content.summary()).param(content.bodyHtml()).param(content.source()).param(content.author())
                .param(coverFileId).param(Timestamp.from(publishAt)).param(pinned).param(search)
                .param(createdBy > 0 ? createdBy : null) // 0: a system actor (the demo), no account
                .param(Timestamp.from(now)).param(Timestamp.from(now)).query(Long.class).single();
    }

    void replaceImages(long articleId, List<Image> images) {
        jdbc.sql("delete from publicity_article_image where article_id = ?").param(articleId).update();
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            jdbc.sql("insert into publicity_article_image (article_id, file_id, caption, ordinal) values (?, ?, ?, ?)")
                    .param(articleId).param(image.fileId()).param(image.caption()).param(i).update();
        }
    }

    void update(long id, PortalColumn column, ArticleContent content, Long coverFileId, Instant publishAt,
            String search, int expectedVersion, Instant now) {
        int changed = jdbc.sql("""
                update publicity_article set column_code = ?, title = ?, summary = ?, body_html = ?, source = ?,
                       author = ?, cover_file_id = ?, publish_at = ?, search = ?::tsvector, updated_at = ?,
                       version = version + 1
                 where id = ? and version = ?
                """).param(column.name()).param(content.title()).param(content.summary()).param(content.bodyHtml())
                .param(content.source()).param(content.author()).param(coverFileId).param(Timestamp.from(publishAt))
                .param(search).param(Timestamp.from(now)).param(id).param(expectedVersion).update();
        checked(changed, id);
    }

    void pin(long id, boolean pinned, int expectedVersion, Instant now) {
        int changed = jdbc.sql("""
                update publicity_article set pinned = ?, updated_at = ?, version = version + 1
                 where id = ? and version = ?
                """).param(pinned).param(Timestamp.from(now)).param(id).param(expectedVersion).update();
        checked(changed, id);
    }

    void withdraw(long id, String reason, int expectedVersion, Instant now) {
        int changed = jdbc.sql("""
                update publicity_article set withdrawn_at = ?, withdrawn_reason = ?, pinned = false, updated_at = ?,
                       version = version + 1
                 where id = ? and version = ? and withdrawn_at is null
                """).param(Timestamp.from(now)).param(reason).param(Timestamp.from(now)).param(id)
                .param(expectedVersion).update();
        checked(changed, id);
    }

    /** The columns where the submission stands as a live (not withdrawn) article. */
    public List<PortalColumn> liveColumns(long submissionId) {
        return jdbc.sql("""
                select column_code from publicity_article where submission_id = ? and withdrawn_at is null
                 order by id
                """).param(submissionId).query(String.class).list().stream().map(PortalColumn::valueOf).toList();
    }

    private static void checked(int changed, long id) {
        if (changed == 0) {
            throw new OptimisticLockingFailureException("publicity_article " + id);
        }
    }
}
