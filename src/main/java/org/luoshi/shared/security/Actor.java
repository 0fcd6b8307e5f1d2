package org.luoshi.shared.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The person acting and the unit they act for. Every query a module runs on their behalf is limited
 * to {@link #scopePath()}: the acting unit and its subtree.
 */
public record Actor(long accountId, String username, String displayName, long unitId, String unitPath,
        Set<Role> roles) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The prefix that selects the acting unit and everything below it. */
    public String scopePath() {
        return unitPath;
    }

    public boolean covers(String path) {
        return path != null && path.startsWith(unitPath);
    }

    /** Administrators of a unit may change its subtree; leaders only read. */
    public boolean mayManage() {
        return hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN);
    }

    /** May reveal personal data (phone, ID number), one person at a time or in a full export: each time audited. */
    public boolean maySeePersonalData() {
        return hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN);
    }
}
