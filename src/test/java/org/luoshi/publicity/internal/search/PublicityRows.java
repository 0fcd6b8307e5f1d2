package org.luoshi.publicity.internal.search;

import java.sql.Timestamp;
import java.time.Instant;
import org.luoshi.shared.search.ChineseText;
import org.luoshi.shared.text.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Articles and submissions written as parts A and C write them (the search column in the same statement), for the
 * search tests, which must not wait for those parts' workflows.
 */
public final class PublicityRows {

    private final JdbcClient jdbc;

    public PublicityRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An article of {@code unitId} in {@code column}, public from {@code publishAt}, withdrawn when asked. */
    public long article(long unitId, String column, String title, String body, Instant publishAt, boolean withdrawn) {
        Timestamp at = Timestamp.from(publishAt);
        return jdbc.sql("""
                insert into publicity_article (unit_id, unit_path, column_code, title, body_html, publish_at,
                                               withdrawn_at, search, created_at, updated_at)
                select id, path, ?, ?, ?, ?, ?, cast(? as tsvector), ?, ? from unit where id = ? returning id
                """).param(column).param(title).param("<p>" + body + "</p>").param(at)
                .param(withdrawn ? at : null).param(ChineseText.tsvector(title, RichText.plain("<p>" + body + "</p>")))
                .param(at).param(at).param(unitId).query(Long.class).single();
    }

    /** A submission of {@code unitId}: a draft ({@code submitted} false) or submitted to its parent. */
    public long submission(long unitId, String kind, String title, String body, boolean submitted, Instant at) {
        Timestamp when = Timestamp.from(at);
        return jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, body_html,
                                                  submitted_version, first_submitted_at, last_submitted_at,
                                                  reviewer_unit_id, reviewer_unit_path, search, created_at, updated_at)
                select u.id, u.path, ?, ?, ?, ?, ?, ?, ?, case when ? then p.id end, case when ? then p.path end,
                       cast(? as tsvector), ?, ?
                  from unit u left join unit p on p.id = u.parent_id where u.id = ? returning id
                """).param(kind).param(submitted ? "IN_REVIEW" : "DRAFT")
                .param(title).param("<p>" + body + "</p>").param(submitted ? 1 : 0).param(submitted ? when : null)
                .param(submitted ? when : null).param(submitted).param(submitted).param(ChineseText.tsvector(title, body)).param(when).param(when)
                .param(unitId).query(Long.class).single();
    }
}
