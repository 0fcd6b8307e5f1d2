package org.luoshi.study.internal.coverage;

/**
 * The coverage of one child unit, summed over its own subtree; {@code own} marks the row of the members registered
 * in the unit itself (直属会员), which has no subtree to open.
 */
public record ChildCoverage(long unitId, String unitName, boolean own, boolean hasSubunits, Coverage figures) {
}
