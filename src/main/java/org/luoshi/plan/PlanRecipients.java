package org.luoshi.plan;

import java.util.List;

/**
 * Which units received a plan (下发 or 转发) within a subtree: for the modules that state, per unit that received it,
 * whether it did what the plan asks (a leading group set up, a study plan made), without reading plan's tables.
 */
public interface PlanRecipients {

    /** The assignments of the plan held by the unit at {@code scopePath} or below it, in path order. */
    List<AssignmentRef> within(long planId, String scopePath);
}
