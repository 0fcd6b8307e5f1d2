package org.luoshi.plan;

import java.time.LocalDate;

/**
 * An actionable item of the plan and its figures over the subtree (assignments = those that carry the item);
 * {@code numbering} as cited away from the tree, 三（一）, since the roll-up lists items without their headings.
 * {@code counted}: the work counted toward the item over the subtree (计入落实), beside its target.
 */
public record RollupItem(long itemId, String numbering, String title, LocalDate dueOn, RollupFigures figures,
        RollupCounted counted) {
}
