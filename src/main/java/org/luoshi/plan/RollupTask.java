package org.luoshi.plan;

import java.time.LocalDate;

/**
 * One thing waiting for the actor's unit: {@code pending} counts what is waiting on that assignment (items to
 * report, reports to review…); {@code dueOn} is the earliest due date concerned, when there is one. The assignment
 * is the unit's own, or for {@link Kind#REVIEW} the child's it must review.
 */
public record RollupTask(Kind kind, long assignmentId, long planId, String planTitle, long unitId, String unitName,
        long pending, LocalDate dueOn) {

    /** In the order the bench and the list show them: what was sent back comes first. */
    public enum Kind {
        /** 已退回: reports or the 实施方案 returned by the assigning unit, to redo */
        RETURNED,
        /** 待签收 */
        ACKNOWLEDGE,
        /** 待制定方案 */
        IMPLEMENT,
        /** 待审核 */
        REVIEW,
        /** 待报送 */
        REPORT,
        /** 已逾期 */
        OVERDUE;

        /** The kind named in a request, or null (all kinds) when blank or unknown. */
        public static Kind parse(String value) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return kind;
                }
            }
            return null;
        }
    }
}
