package org.luoshi.publicity;

import java.time.Instant;

/**
 * 报送: a unit submitted (or, after a return, resubmitted) a version of a submission; it now awaits
 * {@code reviewerUnitId}. Published in the submitting transaction.
 */
public record SubmissionSubmitted(long submissionId, long unitId, long reviewerUnitId, SubmissionKind kind,
        String title, int versionNumber, Instant at) {
}
