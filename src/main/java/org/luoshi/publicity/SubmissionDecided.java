package org.luoshi.publicity;

import java.time.Instant;

/**
 * 审核: the level {@code deciderUnitId} decided on a submission of {@code unitId}; when it recommended, the submission
 * now awaits {@code nextReviewerUnitId} (null otherwise). Published in the deciding transaction.
 */
public record SubmissionDecided(long submissionId, long unitId, long deciderUnitId, Decision decision,
        String comment, Long nextReviewerUnitId, String title, Instant at) {
}
