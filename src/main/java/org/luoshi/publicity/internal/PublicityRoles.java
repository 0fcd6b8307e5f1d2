package org.luoshi.publicity.internal;

import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/** Who works in publicity: the one definition every part's rules ask. */
public final class PublicityRoles {

    private PublicityRoles() {
    }

    /** 宣传工作人员: writes, submits, reviews and publishes for their own unit. */
    public static boolean isStaff(Actor actor) {
        return actor.hasAny(Role.EDITOR, Role.UNIT_ADMIN, Role.SYSTEM_ADMIN);
    }

    /** Staff, and the leading group, who read publicity work over their subtree. */
    public static boolean mayRead(Actor actor) {
        return isStaff(actor) || actor.has(Role.LEADER);
    }
}
