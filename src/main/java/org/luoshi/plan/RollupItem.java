package org.luoshi.plan;

import java.time.LocalDate;

/** An actionable item of the plan and its figures over the subtree (assignments = those that carry the item). */
public record RollupItem(long itemId, String numbering, String title, LocalDate dueOn, RollupFigures figures) {
}
