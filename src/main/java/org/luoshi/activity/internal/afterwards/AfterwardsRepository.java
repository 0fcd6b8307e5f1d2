package org.luoshi.activity.internal.afterwards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** activity_summary and activity_photo. */
@Repository
public class AfterwardsRepository {

    private final JdbcClient jdbc;

    AfterwardsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Afterwards find(long activityId) {
        List<Afterwards.Photo> photos = jdbc.sql("""
                select p.file_id, p.thumbnail_id, p.caption, f.filename
                  from activity_photo p join stored_file f on f.id = p.file_id
                 where p.activity_id = ? order by p.ordinal, p.file_id
                """).param(activityId).query((rs, n) -> new Afterwards.Photo(rs.getLong("file_id"),
                        (Long) rs.getObject("thumbnail_id", Long.class), rs.getString("caption"),
                        rs.getString("filename"))).list();
        return row(activityId, false)
                .map(a -> new Afterwards(activityId, a.summaryHtml(), a.newsSubmissionId(), a.version(), photos))
                .orElse(new Afterwards(activityId, "", null, 0, photos));
    }

    /** The summary row, locked for the rest of the transaction (made empty first if there is none). */
    Afterwards locked(long activityId, Instant now) {
        jdbc.sql("""
                insert into activity_summary (activity_id, updated_at) values (?, ?) on conflict do nothing
                """).param(activityId).param(java.sql.Timestamp.from(now)).update();
        Afterwards row = row(activityId, true).orElseThrow();
        return new Afterwards(activityId, row.summaryHtml(), row.newsSubmissionId(), row.version(),
                find(activityId).photos());
    }

    private Optional<Afterwards> row(long activityId, boolean forUpdate) {
        return jdbc.sql("select summary_html, news_submission_id, version from activity_summary where activity_id = ?"
                + (forUpdate ? " for update" : "")).param(activityId)
                .query((rs, n) -> new Afterwards(activityId, rs.getString("summary_html"),
                        (Long) rs.getObject("news_submission_id", Long.class), rs.getInt("version"), List.of()))
                .optional();
    }

    void saveSummary(long activityId, String html, int version, long accountId, Instant now) {
        int changed = jdbc.sql("""
                update activity_summary set summary_html = ?, version = version + 1, updated_by = ?, updated_at = ?
                 where activity_id = ? and version = ?
                """).param(html).param(accountId).param(java.sql.Timestamp.from(now)).param(activityId)
                .param(version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("activity_summary " + activityId);
        }
    }

    void keepNewsDraft(long activityId, long submissionId) {
        jdbc.sql("update activity_summary set news_submission_id = ? where activity_id = ?").param(submissionId)
                .param(activityId).update();
    }

    void addPhoto(long activityId, long fileId, Long thumbnailId, String caption) {
        jdbc.sql("""
                insert into activity_photo (activity_id, file_id, thumbnail_id, caption, ordinal)
                select ?, ?, ?, ?, coalesce(max(ordinal) + 1, 0) from activity_photo where activity_id = ?
                """).param(activityId).param(fileId).param(thumbnailId).param(caption).param(activityId).update();
    }

    boolean removePhoto(long activityId, long fileId) {
        return jdbc.sql("delete from activity_photo where activity_id = ? and file_id = ?").param(activityId)
                .param(fileId).update() > 0;
    }
}
