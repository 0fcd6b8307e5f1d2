package org.luoshi.publicity;

/** What a unit submits (报送的稿件类别); named under {@code publicity.kind.<name>}. */
public enum SubmissionKind {
    /** 工作动态 */
    NEWS,
    /** 经验做法 */
    PRACTICE,
    /** 典型案例 */
    CASE,
    /** 先进典型: an exemplary person, linked to their member record where there is one */
    EXEMPLAR,
    /** 宣传稿件 */
    ARTICLE,
    /** 学习体会 */
    REFLECTION
}
