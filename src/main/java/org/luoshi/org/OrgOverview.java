package org.luoshi.org;

import java.util.List;

/** Head counts of a subtree, for the work bench. */
public interface OrgOverview {

    /** Active units in the subtree under {@code scopePath}, the root of it included. */
    long unitCount(String scopePath);

    /** Active members in the subtree under {@code scopePath}. */
    long memberCount(String scopePath);

    /**
     * The active members of each unit of the subtree under {@code scopePath}, counted in the unit itself (units
     * without any are left out): the denominators of shares over a subtree, which the caller sums as it groups.
     */
    List<UnitHeadcount> membersByUnit(String scopePath);
}
