package org.luoshi.plan;

import java.time.Instant;

/** 进展通过: the assigner accepted a report, so the item is done for that unit. */
public record ProgressAccepted(long reportId, AssignmentRef assignment, long itemId, Instant at) {
}
