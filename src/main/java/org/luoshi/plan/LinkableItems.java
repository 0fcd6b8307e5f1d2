package org.luoshi.plan;

import java.util.List;
import java.util.Optional;

/**
 * The items a unit may link its work to: the actionable items of the assignments it has acknowledged (签收), of
 * plans still in force. Modules offer these in their forms and check a chosen item here before they publish
 * {@link WorkCounted}; {@code plan} refuses to count toward any other.
 */
public interface LinkableItems {

    /** The unit's linkable items, newest plan first, each plan's items in tree order. */
    List<LinkableItem> of(long unitId);

    /** The item, if the unit may link work to it now. */
    Optional<LinkableItem> find(long unitId, long itemId);
}
