package org.luoshi.plan;

/**
 * A unit behind on the plan. {@code daysOverdue} counts from the earliest due date among its overdue items (null
 * when none is overdue); {@code daysUnacknowledged} from the issue date while it has not acknowledged (else null).
 */
public record RollupLaggard(long unitId, String unitName, String unitPath, long assignmentId, long overdueItems,
        Integer daysOverdue, boolean acknowledged, Integer daysUnacknowledged) {
}
