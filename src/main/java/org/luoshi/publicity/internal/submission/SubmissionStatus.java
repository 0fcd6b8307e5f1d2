package org.luoshi.publicity.internal.submission;

/** Where a submission stands (稿件状态); named under {@code publicity.submission.status.<name>}. */
public enum SubmissionStatus {
    /** 草稿: only its unit sees it */
    DRAFT,
    /** 审核中: a level above awaits it */
    IN_REVIEW,
    /** 退回修改: the unit revises it and submits again, to the level that returned it */
    RETURNED,
    /** 审核结束: adopted or not adopted, and no level awaits it */
    CLOSED
}
