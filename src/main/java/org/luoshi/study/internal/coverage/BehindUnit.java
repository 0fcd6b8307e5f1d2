package org.luoshi.study.internal.coverage;

/** 进度滞后单位: a unit of the subtree whose own members have finished the least, with at least the minimum of them. */
public record BehindUnit(long unitId, String unitName, String unitPath, Coverage figures) {
}
