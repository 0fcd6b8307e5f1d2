package org.luoshi.publicity.internal.submission;

import java.time.Instant;
import org.luoshi.publicity.Decision;

/**
 * One level's decision (审核意见) on a version of a submission, as it stands: kept forever, marked when withdrawn.
 *
 * @param level the deciding unit's type when it decided (NATIONAL, PROVINCIAL …): what an adoption is worth
 */
public record Ruling(long id, long unitId, String unitPath, String level, int versionNumber, Decision decision,
        String comment, Instant decidedAt, Instant withdrawnAt) {

    public boolean live() {
        return withdrawnAt == null;
    }

    Ruling withdrawn(Instant at) {
        return new Ruling(id, unitId, unitPath, level, versionNumber, decision, comment, decidedAt, at);
    }
}
