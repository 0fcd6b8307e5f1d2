package org.luoshi.org;

/** Unit {@code fromId} was merged into {@code intoId}: its members and history now belong to the survivor. */
public record UnitsMerged(long fromId, long intoId) {
}
