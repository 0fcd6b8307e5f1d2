package org.luoshi.publicity.internal.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.portal.ArticlePublisher.Image;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The submissions a unit adopted (本级采用, or 采用并推荐) and has not withdrawn the adoption of: what its editors may
 * publish to the portal, read from the submission and decision tables as they stand.
 */
@Component
public class AdoptedSubmissions {

    static final String ADOPTED_HERE = """
            exists (select 1 from publicity_decision d
                     where d.submission_id = s.id and d.unit_id = :unit and d.withdrawn_at is null
                       and d.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED'))""";

    /** An adopted submission, with what an article takes over: title, body, author, photos, 来源. */
    public record Adopted(long id, SubmissionKind kind, String title, String bodyHtml, String author,
            String unitName, List<Image> photos) {

        /** The column the kind belongs in by default. */
        public PortalColumn column() {
            return AdoptedSubmissions.column(kind);
        }
    }

    /** A row of the list an editor picks from. */
    public record Row(long id, SubmissionKind kind, String title, String unitName, Instant adoptedAt,
            List<PortalColumn> publishedIn) {
    }

    private final JdbcClient jdbc;
    private final ArticleRepository articles;

    AdoptedSubmissions(JdbcClient jdbc, ArticleRepository articles) {
        this.jdbc = jdbc;
        this.articles = articles;
    }

    public static PortalColumn column(SubmissionKind kind) {
        return switch (kind) {
            case NEWS, ARTICLE -> PortalColumn.NEWS;
            case PRACTICE -> PortalColumn.PRACTICE;
            case CASE -> PortalColumn.CASES;
            case EXEMPLAR -> PortalColumn.EXEMPLARS;
            case REFLECTION -> PortalColumn.STUDY;
        };
    }

    /** The submission, if {@code unitId} adopted it; else empty. */
    public Optional<Adopted> adoptedBy(long submissionId, long unitId) {
        return jdbc.sql("""
                select s.id, s.kind, s.title, s.body_html, s.author, u.name as unit_name
                  from publicity_submission s join unit u on u.id = s.unit_id
                 where s.id = :id and %s
                """.formatted(ADOPTED_HERE)).param("id", submissionId).param("unit", unitId)
                .query((rs, row) -> new Adopted(rs.getLong("id"), SubmissionKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("body_html"), rs.getString("author"),
                        rs.getString("unit_name"), photos(rs.getLong("id"))))
                .optional();
    }

    private List<Image> photos(long submissionId) {
        return jdbc.sql("""
                select file_id, caption from publicity_submission_file
                 where submission_id = ? and role = 'PHOTO' order by ordinal, file_id
                """).param(submissionId)
                .query((rs, row) -> new Image(rs.getLong("file_id"), rs.getString("caption"))).list();
    }

    /** What the unit adopted, the latest adoption first, each with the columns it is already published in. */
    public Page<Row> list(long unitId, PageQuery page) {
        long total = jdbc.sql("select count(*) from publicity_submission s where " + ADOPTED_HERE)
                .param("unit", unitId).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                select s.id, s.kind, s.title, u.name as unit_name,
                       (select max(d.decided_at) from publicity_decision d
                         where d.submission_id = s.id and d.unit_id = :unit and d.withdrawn_at is null
                           and d.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED')) as adopted_at
                  from publicity_submission s join unit u on u.id = s.unit_id
                 where %s
                 order by adopted_at desc, s.id desc limit :limit offset :offset
                """.formatted(ADOPTED_HERE)).param("unit", unitId).param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> new Row(rs.getLong("id"), SubmissionKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("unit_name"),
                        rs.getObject("adopted_at", Timestamp.class).toInstant(), articles.liveColumns(rs.getLong("id"))))
                .list();
        return Page.of(rows, total, page);
    }
}
