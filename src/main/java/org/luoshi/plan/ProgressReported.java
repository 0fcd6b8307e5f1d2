package org.luoshi.plan;

import java.time.Instant;

/** 报送进展: a unit reported progress on an item; the report awaits the assigner's review. */
public record ProgressReported(long reportId, AssignmentRef assignment, long itemId, int percent, Instant at) {
}
