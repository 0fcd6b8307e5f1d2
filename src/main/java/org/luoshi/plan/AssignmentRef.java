package org.luoshi.plan;

/**
 * An assignment as the events name it: which plan, which unit (and where in the tree) and which unit reviews it
 * (the assigner). Listeners (reminders, roll-up) need no further lookup to address a notification or scope a count.
 */
public record AssignmentRef(long assignmentId, long planId, long unitId, String unitPath, long assignerUnitId) {
}
