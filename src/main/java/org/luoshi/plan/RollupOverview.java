package org.luoshi.plan;

import java.util.List;

/**
 * The totals of a subtree, its rows per actionable item and per child unit, from the same two queries (what a
 * roll-up page shows first).
 */
public record RollupOverview(RollupFigures summary, List<RollupItem> items, List<RollupChild> children) {
}
