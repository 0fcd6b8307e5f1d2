package org.luoshi.plan;

/**
 * A child of the unit and the figures of its whole subtree. {@code assignmentId} is the child's own assignment, if
 * it has one; {@code hasSubunits} says whether there is anything below it to drill down to.
 */
public record RollupChild(long unitId, String unitName, Long assignmentId, boolean hasSubunits,
        RollupFigures figures) {
}
