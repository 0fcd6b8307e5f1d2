package org.luoshi.plan;

import java.time.Instant;

/** 进展退回: the assigner returned a report with a reason; the unit reports again. */
public record ProgressReturned(long reportId, AssignmentRef assignment, long itemId, String reason, Instant at) {
}
