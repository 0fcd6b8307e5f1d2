package org.luoshi.plan;

import java.time.Instant;

/**
 * 取消计入: a record no longer counts toward the item it was counted toward, because it was unlinked, deleted or
 * returned. Publish it in the transaction that makes that change; uncounting a record that is not counted does
 * nothing. The fields name the count being withdrawn, as {@link WorkCounted} did.
 */
public record WorkUncounted(long unitId, ItemRef item, String kind, long recordId, int quantity, String title,
        String link, Instant at) {

    public static WorkUncounted of(WorkCounted counted, Instant at) {
        return new WorkUncounted(counted.unitId(), counted.item(), counted.kind(), counted.recordId(),
                counted.quantity(), counted.title(), counted.link(), at);
    }
}
