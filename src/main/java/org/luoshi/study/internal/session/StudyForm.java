package org.luoshi.study.internal.session;

/**
 * 学习形式: how a collective study session was held. Its Chinese name is the message
 * {@code study.session.form.<NAME>}.
 */
public enum StudyForm {
    /** 中心组学习 */
    CENTRAL_GROUP,
    /** 专题学习 */
    THEMATIC,
    /** 支部学习 */
    BRANCH,
    /** 专题辅导 */
    LECTURE,
    /** 研讨交流 */
    SEMINAR,
    /** 线上学习 */
    ONLINE
}
