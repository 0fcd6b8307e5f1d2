package org.luoshi.plan;

/**
 * A plan item as another module holds it when it links its own record to the item (计入落实): the item and the plan
 * it belongs to. Only {@link LinkableItems} hands these out, so a module holds refs to items a unit may count toward.
 */
public record ItemRef(long planId, long itemId) {
}
