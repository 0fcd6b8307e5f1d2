package org.luoshi.activity.internal;

import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/**
 * Who works with activities: the one definition every part's rules ask. PRODUCT.md gives organising to the unit
 * administrator (联络员/秘书长: "record study and activities"); editors write the news afterwards and leaders oversee,
 * so both read the subtree's activities; members (and evaluators) see those whose audience includes their unit.
 */
public final class ActivityRoles {

    private ActivityRoles() {
    }

    /** 活动组织者: creates and changes the activities, series and speakers of their unit and its subtree. */
    public static boolean isStaff(Actor actor) {
        return actor.hasAny(Role.UNIT_ADMIN, Role.SYSTEM_ADMIN);
    }

    /** Reads every activity organised in (or co-organised by) their subtree, not only those open to them. */
    public static boolean readsSubtree(Actor actor) {
        return isStaff(actor) || actor.hasAny(Role.EDITOR, Role.LEADER);
    }
}
