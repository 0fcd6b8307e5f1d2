package org.luoshi.plan;

import org.luoshi.org.UnitRef;

/**
 * A plan seen from a unit the actor may look at: the subject of every roll-up. {@code assignmentId} is the unit's
 * own assignment of the plan, when it has one.
 */
public record RollupScope(RollupPlan plan, UnitRef unit, Long assignmentId) {

    /** The prefix selecting the unit and its subtree in {@code unit_path}. */
    public String prefix() {
        return unit.path();
    }
}
