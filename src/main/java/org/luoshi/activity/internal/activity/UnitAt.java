package org.luoshi.activity.internal.activity;

/** A unit as an activity keeps it: id, path (for scoping) and name (for the page). */
public record UnitAt(long id, String path, String name) {

    public boolean isWithin(String scopePath) {
        return path.startsWith(scopePath);
    }
}
