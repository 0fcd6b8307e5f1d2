package org.luoshi.plan;

/** 佐证材料: what a unit must hand in to show an actionable item done. */
public enum EvidenceKind {
    /** 文字报告 */
    TEXT_REPORT,
    /** 照片 */
    PHOTOS,
    /** 签到表 */
    ATTENDANCE,
    /** 文件材料 */
    DOCUMENT
}
