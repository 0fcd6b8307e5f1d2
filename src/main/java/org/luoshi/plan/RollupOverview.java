package org.luoshi.plan;

import java.util.List;

/**
 * The totals of a subtree, its rows per actionable item and per child unit, from the same two queries (what a
 * roll-up page shows first); {@code reach} tells the units that received the plan by 下发 from those reached by 转发.
 */
public record RollupOverview(RollupFigures summary, Reach reach, List<RollupItem> items, List<RollupChild> children) {

    /** Of the units that received the plan: {@code issued} by 下发 from the issuer, {@code forwarded} by 转发. */
    public record Reach(long issued, long forwarded) {
    }
}
