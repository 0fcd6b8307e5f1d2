package org.luoshi.org;

/** What other modules know of a unit: enough to name it, place it in the tree and scope queries by it. */
public record UnitRef(long id, String code, String name, String shortName, UnitType type, String path,
        Long parentId, boolean active) {

    public boolean isWithin(String scopePath) {
        return path.startsWith(scopePath);
    }
}
