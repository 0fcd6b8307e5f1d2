package org.luoshi.plan;

import java.time.Instant;

/** 实施方案报送: the unit submitted its measures for the assigner to review. */
public record ImplementationPlanSubmitted(AssignmentRef assignment, Instant at) {
}
