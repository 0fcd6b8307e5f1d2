package org.luoshi.org;

/** The active members registered in one unit itself (not below it), with the unit's place in the tree. */
public record UnitHeadcount(long unitId, String path, long members) {
}
