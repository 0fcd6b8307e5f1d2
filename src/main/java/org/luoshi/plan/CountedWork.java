package org.luoshi.plan;

import java.util.List;
import java.util.Objects;

/**
 * 计入落实: the work counted toward one item, by kind, beside the item's target ("计入 3 次集体学习 / 目标 4 次"), for
 * one unit or summed over a subtree.
 */
public record CountedWork(List<CountedKind> kinds, Integer targetQuantity, String targetUnit) {

    public CountedWork {
        kinds = List.copyOf(kinds);
    }

    public static CountedWork none(Integer targetQuantity, String targetUnit) {
        return new CountedWork(List.of(), targetQuantity, targetUnit);
    }

    public boolean hasTarget() {
        return targetQuantity != null;
    }

    public boolean isEmpty() {
        return kinds.isEmpty();
    }

    /** What counts toward the target: the kinds counted in the target's unit (次 with 次, not % with 次). */
    public long towardTarget() {
        String unit = Objects.requireNonNullElse(targetUnit, "");
        return kinds.stream().filter(kind -> unit.equals(kind.unit())).mapToLong(CountedKind::quantity).sum();
    }

    /**
     * 已达标: the counted work of one unit reaches the item's target. It completes nothing: the parent still reviews
     * the unit's report. Summed over a subtree it says nothing about any unit; see {@link RollupCounted}.
     */
    public boolean reached() {
        return hasTarget() && towardTarget() >= targetQuantity;
    }
}
