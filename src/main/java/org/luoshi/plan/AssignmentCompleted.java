package org.luoshi.plan;

import java.time.Instant;

/** 完成: every actionable item of the assignment has been accepted. */
public record AssignmentCompleted(AssignmentRef assignment, Instant at) {
}
