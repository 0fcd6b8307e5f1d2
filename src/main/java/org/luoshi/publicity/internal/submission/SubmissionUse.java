package org.luoshi.publicity.internal.submission;

import java.util.Optional;

/**
 * Where an adopted submission has gone on to (a published article, an issued briefing): while it is in use there,
 * the level that adopted it cannot withdraw the adoption. Each part that uses submissions answers for itself.
 */
public interface SubmissionUse {

    /** What uses the submission, in Chinese for the refusal (e.g. 已发布到门户“典型案例”栏目), or empty. */
    Optional<String> usedBy(long submissionId);
}
