package org.luoshi.plan;

import java.time.Instant;

/** 签收: the unit's administrator acknowledged the assignment. */
public record AssignmentAcknowledged(AssignmentRef assignment, long acknowledgedBy, Instant at) {
}
