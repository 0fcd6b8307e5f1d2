package org.luoshi.plan;

import java.time.Instant;

/** 转发: a unit forwarded its assignment down its subtree, creating {@code newAssignments} assignments. */
public record AssignmentForwarded(AssignmentRef from, int newAssignments, Instant at) {
}
