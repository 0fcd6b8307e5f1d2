package org.luoshi.plan;

import java.util.List;

/** The totals of a subtree and its rows per child unit, from the same two queries (what a page shows first). */
public record RollupOverview(RollupFigures summary, List<RollupChild> children) {
}
