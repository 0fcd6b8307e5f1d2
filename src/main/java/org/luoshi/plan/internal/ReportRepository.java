package org.luoshi.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.plan.ReportProgress;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Progress reports and their evidence. Reports are only ever added to and reviewed, never changed or removed. */
@Repository
public class ReportRepository {

    /**
     * A report with its review, as pages and the API show it. {@code missingEvidence}: the kinds of evidence the item
     * asks for that a completing report lacks, with the reporter's reason in {@code missingEvidenceReason}.
     */
    public record Report(long id, long assignmentId, long itemId, Long measureId, String text, int percent,
            String status, String submittedByName, Instant submittedAt, String reviewComment, String reviewedByName,
            Instant reviewedAt, List<StoredFile> evidence, List<EvidenceKind> missingEvidence,
            String missingEvidenceReason) {

        Report withEvidence(List<StoredFile> files) {
            return new Report(id, assignmentId, itemId, measureId, text, percent, status, submittedByName,
                    submittedAt, reviewComment, reviewedByName, reviewedAt, files, missingEvidence,
                    missingEvidenceReason);
        }
    }

    private static final RowMapper<Report> REPORT = (rs, i) -> new Report(rs.getLong("id"),
            rs.getLong("assignment_id"), rs.getLong("item_id"), (Long) rs.getObject("measure_id"),
            rs.getString("text"), rs.getInt("percent"), rs.getString("status"), rs.getString("submitted_by_name"),
            AssignmentRepository.instant(rs, "submitted_at"), rs.getString("review_comment"),
            rs.getString("reviewed_by_name"), AssignmentRepository.instant(rs, "reviewed_at"), List.of(),
            PlanItem.kinds(rs.getString("missing_evidence")), rs.getString("missing_evidence_reason"));

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> findByKey(String idempotencyKey) {
        return idempotencyKey == null ? Optional.empty()
                : jdbc.sql("select id from progress_report where idempotency_key = ?").param(idempotencyKey)
                        .query(Long.class).optional();
    }

    public Optional<Report> find(long id) {
        return jdbc.sql("select * from progress_report where id = ?").param(id).query(REPORT).optional()
                .map(report -> withEvidence(List.of(report)).get(0));
    }

    public List<Report> ofAssignment(long assignmentId) {
        return withEvidence(jdbc.sql("select * from progress_report where assignment_id = ? order by submitted_at desc, id desc")
                .param(assignmentId).query(REPORT).list());
    }

    long insert(long assignmentId, ReportProgress progress, String idempotencyKey, List<EvidenceKind> missing,
            Actor actor, Instant now) {
        String reason = missing.isEmpty() || progress.missingEvidenceReason() == null ? null
                : progress.missingEvidenceReason().strip();
        return jdbc.sql("""
                insert into progress_report (assignment_id, item_id, measure_id, text, percent, submitted_by,
                                             submitted_by_name, idempotency_key, submitted_at, missing_evidence,
                                             missing_evidence_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).param(assignmentId).param(progress.itemId()).param(progress.measureId())
                .param(progress.text().strip()).param(progress.percent()).param(actor.accountId())
                .param(actor.displayName()).param(idempotencyKey).param(Timestamp.from(now))
                .param(PlanItem.stored(missing)).param(reason).query(Long.class).single();
    }

    void addEvidence(long reportId, long fileId) {
        jdbc.sql("insert into progress_evidence (report_id, file_id) values (?, ?)").param(reportId).param(fileId)
                .update();
    }

    void review(long reportId, boolean accepted, String comment, Actor actor, Instant now) {
        jdbc.sql("""
                update progress_report set status = ?, review_comment = ?, reviewed_by = ?, reviewed_by_name = ?,
                       reviewed_at = ?
                 where id = ? and status = 'SUBMITTED'
                """).param(accepted ? "ACCEPTED" : "RETURNED").param(comment).param(actor.accountId())
                .param(actor.displayName()).param(Timestamp.from(now)).param(reportId).update();
    }

    public boolean isEvidence(long reportId, long fileId) {
        return jdbc.sql("select count(*) from progress_evidence where report_id = ? and file_id = ?").param(reportId)
                .param(fileId).query(Long.class).single() > 0;
    }

    private List<Report> withEvidence(List<Report> reports) {
        if (reports.isEmpty()) {
            return reports;
        }
        Map<Long, List<StoredFile>> files = jdbc.sql("""
                select e.report_id, f.id, f.filename, f.content_type, f.size_bytes from progress_evidence e
                  join stored_file f on f.id = e.file_id where e.report_id in (:ids) order by f.id
                """).param("ids", reports.stream().map(Report::id).toList())
                .query((rs, i) -> Map.entry(rs.getLong(1), new StoredFile(rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return reports.stream().map(r -> r.withEvidence(files.getOrDefault(r.id(), List.of()))).toList();
    }
}
