package org.luoshi.plan;

import java.time.Instant;

/** 实施方案审核: the assigner approved the unit's implementation plan, or returned it with a comment. */
public record ImplementationPlanReviewed(AssignmentRef assignment, boolean approved, String comment, Instant at) {
}
