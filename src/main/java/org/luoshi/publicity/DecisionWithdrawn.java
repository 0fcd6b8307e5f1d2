package org.luoshi.publicity;

import java.time.Instant;

/**
 * 撤回审核意见: the level {@code deciderUnitId} withdrew its decision before the next step was taken; the submission
 * awaits that level again. Published in the withdrawing transaction.
 */
public record DecisionWithdrawn(long submissionId, long unitId, long deciderUnitId, Decision decision, String title,
        Instant at) {
}
