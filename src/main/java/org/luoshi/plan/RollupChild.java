package org.luoshi.plan;

/**
 * A child of the unit and the figures of its whole subtree. {@code assignmentId} is the child's own assignment, if
 * it has one; {@code hasSubunits} says whether there is anything below it to drill down to. {@code counted} is the
 * work counted toward the item over the child's subtree in a per-item breakdown ({@link RollupItemBreakdown}), and
 * null in a roll-up across items, where no one target applies.
 */
public record RollupChild(long unitId, String unitName, Long assignmentId, boolean hasSubunits,
        RollupFigures figures, RollupCounted counted) {
}
