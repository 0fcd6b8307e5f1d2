package org.luoshi.publicity.internal.submission;

import org.luoshi.publicity.Decision;

/** 审核: the reviewing level's decision, with a comment (required to return, a reason required not to adopt). */
public record DecideSubmission(Decision decision, String comment) {
}
