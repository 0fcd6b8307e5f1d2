package org.luoshi.plan;

import java.time.LocalDate;

/**
 * 可计入事项: an actionable item of a plan a unit has acknowledged, which the unit's own work may count toward, with
 * the item's target ("至少 4 次": quantity 4, unit 次) where it sets one.
 *
 * @param label the item as named away from the tree, e.g. 三（二）组织开展学习宣传
 */
public record LinkableItem(ItemRef item, long assignmentId, String planTitle, String label, LocalDate dueOn,
        Integer targetQuantity, String targetUnit) {

    public boolean hasTarget() {
        return targetQuantity != null;
    }
}
