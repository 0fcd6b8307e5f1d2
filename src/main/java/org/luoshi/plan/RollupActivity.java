package org.luoshi.plan;

import java.time.Instant;

/** Something that happened in the subtree: a unit acknowledged a plan, or one of its items was accepted. */
public record RollupActivity(Kind kind, Instant at, long assignmentId, long planId, String planTitle,
        long unitId, String unitName, String itemTitle) {

    public enum Kind {
        /** 签收 */
        ACKNOWLEDGED,
        /** 验收通过 */
        ACCEPTED
    }
}
