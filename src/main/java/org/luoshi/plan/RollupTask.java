package org.luoshi.plan;

import java.time.LocalDate;

/**
 * One thing waiting for the actor's unit: {@code pending} counts what is waiting on that assignment (items to
 * report, reports to review…); {@code dueOn} is the earliest due date concerned, when there is one. The assignment
 * is the unit's own, or for {@link Kind#REVIEW} the child's it must review.
 */
public record RollupTask(Kind kind, long assignmentId, long planId, String planTitle, long unitId, String unitName,
        long pending, LocalDate dueOn) {

    public enum Kind {
        /** 待签收 */
        ACKNOWLEDGE,
        /** 待制定方案 */
        IMPLEMENT,
        /** 待审核 */
        REVIEW,
        /** 待报送 */
        REPORT,
        /** 已逾期 */
        OVERDUE
    }
}
