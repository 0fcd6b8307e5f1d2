package org.luoshi.publicity.web.submission;

import java.time.Instant;
import java.util.List;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.submission.Submission;
import org.luoshi.publicity.internal.submission.SubmissionQueries.DecisionRow;
import org.luoshi.publicity.internal.submission.SubmissionRepository.SubmissionFile;
import org.luoshi.publicity.internal.submission.SubmissionStatus;

/** A submission as the API shows it: its content, files, every level's decision, and what the caller may do. */
record SubmissionJson(long id, long unitId, String unitName, SubmissionKind kind, SubmissionStatus status,
        String title, String bodyHtml, String author, String contact, Long planId, Long itemId, Long memberId,
        Long activityId, Long reviewerUnitId, String reviewerName, int submittedVersion, Instant firstSubmittedAt,
        Instant lastSubmittedAt, String adoptedLevel, List<SubmissionFile> files, List<DecisionRow> decisions,
        String link, int version, Actions actions) {

    /** What the caller may do now, as the submission answers. */
    record Actions(boolean edit, boolean submit, boolean discard, boolean decide, boolean recommend,
            boolean withdrawDecision) {
    }

    static SubmissionJson of(Submission s, String unitName, String reviewerName, List<SubmissionFile> files,
            List<DecisionRow> decisions, Actions actions) {
        return new SubmissionJson(s.id(), s.unitId(), unitName, s.kind(), s.status(), s.title(), s.bodyHtml(),
                s.author(), s.contact(), s.item() == null ? null : s.item().planId(),
                s.item() == null ? null : s.item().itemId(), s.memberId(), s.activityId(), s.reviewerUnitId(),
                reviewerName, s.submittedVersion(), s.firstSubmittedAt(), s.lastSubmittedAt(), s.adoptedLevel(),
                files, decisions, s.link(), s.version(), actions);
    }
}
