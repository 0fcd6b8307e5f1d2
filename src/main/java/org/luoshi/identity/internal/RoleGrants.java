package org.luoshi.identity.internal;

import java.util.EnumSet;
import java.util.Set;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/**
 * Who may give or take which role (see docs/accounts.md). Only administrators manage accounts, always within
 * their subtree. Nobody grants or removes a role they do not hold themselves, except that an administrator
 * may grant and remove the unit roles below; so only a system administrator makes another one, and a unit
 * administrator cannot touch an account that holds a role beyond theirs (it could take that account over).
 */
final class RoleGrants {

    /** Roles any administrator hands out within their subtree. */
    static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_ADMIN, Role.LEADER, Role.EDITOR, Role.EVALUATOR,
            Role.MEMBER);

    private RoleGrants() {
    }

    static boolean mayGrant(Actor actor, Role role) {
        return actor.mayManage() && (UNIT_ROLES.contains(role) || actor.has(role));
    }

    /** The roles this actor may offer in the account form. */
    static Set<Role> grantable(Actor actor) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (mayGrant(actor, role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Refuses (403) when the change gives or takes a role the actor may not grant. */
    static void checkChange(Actor actor, Set<Role> before, Set<Role> after) {
        Set<Role> changed = EnumSet.noneOf(Role.class);
        changed.addAll(symmetricDifference(before, after));
        for (Role role : changed) {
            if (!mayGrant(actor, role)) {
                throw BusinessException.forbidden("account.grant.forbidden", role.name());
            }
        }
    }

    /** Refuses (403) to manage an account holding a role the actor could not have given it. */
    static void checkManageable(Actor actor, Set<Role> targetRoles) {
        for (Role role : targetRoles) {
            if (!mayGrant(actor, role)) {
                throw BusinessException.forbidden("account.manage.forbidden");
            }
        }
    }

    private static Set<Role> symmetricDifference(Set<Role> a, Set<Role> b) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        a.stream().filter(role -> !b.contains(role)).forEach(result::add);
        b.stream().filter(role -> !a.contains(role)).forEach(result::add);
        return result;
    }
}
