package org.luoshi.activity.internal.registration;

import java.time.Instant;

/**
 * 名额分配: places of an activity set aside for a unit's subtree (out of the activity's capacity, or out of the share
 * of the nearest unit above it that has one), until {@code returnsAt}, after which unused places go back to the pool.
 */
public record Allocation(long unitId, String unitPath, String unitName, int places, Instant returnsAt) {

    public boolean activeAt(Instant now) {
        return returnsAt == null || now.isBefore(returnsAt);
    }

    boolean covers(String path) {
        return path.startsWith(unitPath);
    }
}
