package org.luoshi.org;

/**
 * Unit {@code fromId} was merged into unit {@code intoId} (合并): its members and child units now belong to the
 * survivor and it is marked MERGED. Published after the merge is written, in the same transaction; modules that
 * keep their own data per unit (accounts acting for the merged unit, for instance) listen and follow.
 */
public record UnitsMerged(long fromId, long intoId) {
}
