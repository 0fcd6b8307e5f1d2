package org.luoshi.publicity.internal.submission;

import org.luoshi.publicity.SubmissionKind;

/**
 * 起草或修改稿件: what the unit typed. A draft is saved as typed (a title or body may still be empty); what must be
 * there is checked when it is submitted. {@code itemId} links it to a plan item it counts toward; {@code memberId}
 * names the member a 先进典型 is about.
 */
public record EditSubmission(SubmissionKind kind, String title, String bodyHtml, String author, String contact,
        Long itemId, Long memberId) {
}
