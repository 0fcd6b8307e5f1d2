package org.luoshi.plan;

import java.util.List;
import java.util.Optional;

/**
 * Plans as other modules may read them to word and address what they send about plan events: a title, an item's
 * label, and who received a plan from whom.
 */
public interface PlanDirectory {

    Optional<String> planTitle(long planId);

    /** The item as named away from the tree, e.g. 三（一）做好统筹部署. */
    Optional<String> itemLabel(long itemId);

    /** The assignments unit {@code assignerUnitId} gave of the plan, by 下发 or 转发, in tree order. */
    List<AssignmentRef> assignedBy(long planId, long assignerUnitId);
}
