package org.luoshi.activity.internal.activity;

/** Where an activity stands; named under {@code activity.status.<name>}. */
public enum ActivityStatus {
    /** 筹备中: planned, not yet marked held */
    PLANNED,
    /** 已举办 */
    HELD,
    /** 已取消 */
    CANCELLED
}
