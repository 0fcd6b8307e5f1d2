package org.luoshi.publicity.internal.submission;

import java.time.LocalDate;
import org.luoshi.publicity.SubmissionKind;

/**
 * What the list of submissions is narrowed to: a status, a kind, a unit of the subtree (and those below it), and the
 * period in which they were last submitted (a draft: last saved). Each may be null.
 */
public record SubmissionFilter(SubmissionStatus status, SubmissionKind kind, Long unitId, LocalDate from,
        LocalDate to) {
}
