package org.luoshi.activity;

/** 活动形式, as the work plan names them; each named under {@code activity.kind.<name>}. Stored: never rename. */
public enum ActivityKind {
    /** 宣讲 */
    TALK,
    /** 大讲堂 */
    LECTURE_HALL,
    /** 座谈会 */
    SYMPOSIUM,
    /** 研修班 */
    STUDY_CLASS,
    /** 辅导报告会 */
    BRIEFING,
    /** 实地调研 */
    FIELD_RESEARCH,
    /** 学术交流 */
    ACADEMIC,
    /** 会议宣讲 (在会长办公会、常务理事会、党委会等会议上宣讲) */
    MEETING_TALK
}
