package org.luoshi.publicity.internal.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.luoshi.plan.ItemRef;
import org.luoshi.publicity.Decision;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.shared.search.ChineseText;
import org.luoshi.shared.text.RichText;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores {@link Submission}s with their decisions, files and submitted versions. Every save rewrites the search
 * column (smartcn's words of the title and the body), in the same transaction.
 */
@Repository
public class SubmissionRepository {

    /** A photo (with its caption and thumbnail) or an attachment of the submission as it stands now. */
    public record SubmissionFile(long fileId, FileRole role, String caption, int ordinal, Long thumbnailId,
            String filename, String contentType, long sizeBytes) {
    }

    /** A photo or an attachment. */
    public enum FileRole {
        PHOTO, ATTACHMENT
    }

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Submission> find(long id) {
        return jdbc.sql("""
                select id, unit_id, unit_path, kind, status, title, body_html, author, contact, plan_id, item_id,
                       activity_id, member_id, reviewer_unit_id, reviewer_unit_path, submitted_version,
                       first_submitted_at, last_submitted_at, adopted_level, version
                  from publicity_submission where id = ?
                """).param(id).query((rs, i) -> {
                    Submission s = new Submission(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
                            rs.getInt("version"));
                    Long itemId = rs.getObject("item_id", Long.class);
                    s.restore(SubmissionKind.valueOf(rs.getString("kind")), rs.getString("title"),
                            rs.getString("body_html"), rs.getString("author"), rs.getString("contact"),
                            itemId == null ? null : new ItemRef(rs.getLong("plan_id"), itemId),
                            rs.getObject("activity_id", Long.class), rs.getObject("member_id", Long.class),
                            SubmissionStatus.valueOf(rs.getString("status")),
                            rs.getObject("reviewer_unit_id", Long.class), rs.getString("reviewer_unit_path"),
                            rs.getInt("submitted_version"), instant(rs, "first_submitted_at"),
                            instant(rs, "last_submitted_at"), rs.getString("adopted_level"), List.of());
                    return s;
                }).optional().map(this::withRulings);
    }

    private Submission withRulings(Submission s) {
        List<Ruling> rulings = rulings(s.id());
        s.restore(s.kind(), s.title(), s.bodyHtml(), s.author(), s.contact(), s.item(), s.activityId(),
                s.memberId(), s.status(), s.reviewerUnitId(), s.reviewerUnitPath(), s.submittedVersion(),
                s.firstSubmittedAt(), s.lastSubmittedAt(), s.adoptedLevel(), rulings);
        return s;
    }

    List<Ruling> rulings(long submissionId) {
        return jdbc.sql("""
                select id, unit_id, unit_path, level, version_number, decision, comment, decided_at, withdrawn_at
                  from publicity_decision where submission_id = ? order by decided_at, id
                """).param(submissionId).query((rs, i) -> new Ruling(rs.getLong("id"), rs.getLong("unit_id"),
                        rs.getString("unit_path"), rs.getString("level"), rs.getInt("version_number"),
                        Decision.valueOf(rs.getString("decision")), rs.getString("comment"),
                        instant(rs, "decided_at"), instant(rs, "withdrawn_at"))).list();
    }

    long insert(Submission s, Long accountId, Instant at) {
        return jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, body_html, author, contact,
                    plan_id, item_id, activity_id, member_id, search, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::tsvector, ?, ?, ?) returning id
                """).param(s.unitId()).param(s.unitPath()).param(s.kind().name()).param(s.status().name())
                .param(s.title()).param(s.bodyHtml()).param(s.author()).param(s.contact())
                .param(s.item() == null ? null : s.item().planId())
                .param(s.item() == null ? null : s.item().itemId()).param(s.activityId()).param(s.memberId())
                .param(search(s)).param(account(accountId)).param(Timestamp.from(at)).param(Timestamp.from(at))
                .query(Long.class).single();
    }

    /**
     * Saves the submission (and its new or withdrawn decisions) if nobody saved it since {@code expectedVersion}
     * (null: since it was read); else {@link OptimisticLockingFailureException}.
     */
    void update(Submission s, Integer expectedVersion, Long accountId, Instant at) {
        int version = expectedVersion == null ? s.version() : expectedVersion;
        int updated = jdbc.sql("""
                update publicity_submission set kind = ?, status = ?, title = ?, body_html = ?, author = ?,
                    contact = ?, plan_id = ?, item_id = ?, activity_id = ?, member_id = ?, reviewer_unit_id = ?,
                    reviewer_unit_path = ?, submitted_version = ?, first_submitted_at = ?, last_submitted_at = ?,
                    adopted_level = ?, search = ?::tsvector, updated_at = ?, version = version + 1
                 where id = ? and version = ?
                """).param(s.kind().name()).param(s.status().name()).param(s.title()).param(s.bodyHtml())
                .param(s.author()).param(s.contact()).param(s.item() == null ? null : s.item().planId())
                .param(s.item() == null ? null : s.item().itemId()).param(s.activityId()).param(s.memberId())
                .param(s.reviewerUnitId()).param(s.reviewerUnitPath()).param(s.submittedVersion())
                .param(timestamp(s.firstSubmittedAt())).param(timestamp(s.lastSubmittedAt()))
                .param(s.adoptedLevel()).param(search(s)).param(Timestamp.from(at)).param(s.id()).param(version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("publicity_submission " + s.id());
        }
        for (Ruling r : s.rulings()) {
            if (r.id() == 0) {
                jdbc.sql("""
                        insert into publicity_decision (submission_id, submitter_unit_id, submitter_unit_path,
                            unit_id, unit_path, level, version_number, decision, comment, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).param(s.id()).param(s.unitId()).param(s.unitPath()).param(r.unitId())
                        .param(r.unitPath()).param(r.level()).param(r.versionNumber()).param(r.decision().name())
                        .param(r.comment()).param(account(accountId)).param(Timestamp.from(r.decidedAt())).update();
            } else if (!r.live()) {
                jdbc.sql("""
                        update publicity_decision set withdrawn_at = ?, withdrawn_by = ?
                         where id = ? and withdrawn_at is null
                        """).param(Timestamp.from(r.withdrawnAt())).param(account(accountId)).param(r.id())
                        .update();
            }
        }
    }

    void delete(long id) {
        jdbc.sql("delete from publicity_submission where id = ?").param(id).update();
    }

    /** Keeps the version just submitted as it was: its text and its files ({@code filesJson}, a jsonb array). */
    void insertVersion(Submission s, String note, String filesJson, Long accountId, Instant at) {
        jdbc.sql("""
                insert into publicity_submission_version (submission_id, number, kind, title, body_html, author,
                    contact, note, files, submitted_by, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                """).param(s.id()).param(s.submittedVersion()).param(s.kind().name()).param(s.title())
                .param(s.bodyHtml()).param(s.author()).param(s.contact()).param(note).param(filesJson)
                .param(account(accountId)).param(Timestamp.from(at)).update();
    }

    public List<SubmissionFile> files(long submissionId) {
        return jdbc.sql("""
                select sf.file_id, sf.role, sf.caption, sf.ordinal, sf.thumbnail_id, f.filename, f.content_type,
                       f.size_bytes
                  from publicity_submission_file sf join stored_file f on f.id = sf.file_id
                 where sf.submission_id = ? order by sf.role desc, sf.ordinal, sf.file_id
                """).param(submissionId).query((rs, i) -> new SubmissionFile(rs.getLong(1),
                        FileRole.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getLong(8))).list();
    }

    void addFile(long submissionId, long fileId, FileRole role, String caption, Long thumbnailId) {
        jdbc.sql("""
                insert into publicity_submission_file (submission_id, file_id, role, caption, ordinal, thumbnail_id)
                select ?, ?, ?, ?, coalesce(max(ordinal) + 1, 0), ? from publicity_submission_file
                 where submission_id = ?
                on conflict do nothing
                """).param(submissionId).param(fileId).param(role.name()).param(caption).param(thumbnailId)
                .param(submissionId).update();
    }

    void removeFile(long submissionId, long fileId) {
        jdbc.sql("delete from publicity_submission_file where submission_id = ? and file_id = ?")
                .param(submissionId).param(fileId).update();
    }

    void caption(long submissionId, long fileId, String caption) {
        jdbc.sql("update publicity_submission_file set caption = ? where submission_id = ? and file_id = ?")
                .param(caption).param(submissionId).param(fileId).update();
    }

    /** Marks the submission changed (its files), so an open form saved over it is told. */
    void touch(long submissionId, Instant at) {
        jdbc.sql("update publicity_submission set updated_at = ?, version = version + 1 where id = ?")
                .param(Timestamp.from(at)).param(submissionId).update();
    }

    /** Whether the file is the submission's now or was in one of its versions: a photo, thumbnail or attachment. */
    public boolean holds(long submissionId, long fileId) {
        return jdbc.sql("""
                select exists (select 1 from publicity_submission_file where submission_id = :s
                                  and (file_id = :f or thumbnail_id = :f))
                    or exists (select 1 from publicity_submission_version v, jsonb_array_elements(v.files) e
                                where v.submission_id = :s
                                  and ((e ->> 'fileId')::bigint = :f or (e ->> 'thumbnailId')::bigint = :f))
                """).param("s", submissionId).param("f", fileId).query(Boolean.class).single();
    }

    static String search(Submission s) {
        return ChineseText.tsvector(s.title(), RichText.plain(s.bodyHtml()));
    }

    private static Long account(Long accountId) {
        return accountId == null || accountId <= 0 ? null : accountId;
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
