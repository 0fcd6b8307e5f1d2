package org.luoshi.org.internal.unit;

/** Whether a unit still works (正常), was dissolved (已撤销) or merged into another (已合并). */
public enum UnitStatus {
    ACTIVE, DISSOLVED, MERGED
}
