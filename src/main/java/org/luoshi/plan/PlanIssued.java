package org.luoshi.plan;

import java.time.Instant;

/** 下发: a plan was issued (or issued to further units); {@code newAssignments} were created by this call. */
public record PlanIssued(long planId, long issuerUnitId, String issuerPath, String title, int newAssignments,
        Instant at) {
}
