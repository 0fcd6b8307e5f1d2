package org.luoshi.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.luoshi.shared.security.Role;

/**
 * What the audit trail keeps of an account before and after a change: everything an administrator manages,
 * never the password hash or TOTP secret.
 */
record AccountChanges(String username, String displayName, String unitCode, String unitName, List<String> roles,
        boolean enabled, Instant lockedUntil, boolean totpEnabled, boolean mustChangePassword) {

    static final String ENTITY = "ACCOUNT";

    static AccountChanges of(AccountView account) {
        return new AccountChanges(account.username(), account.displayName(), account.unit().code(),
                account.unit().name(), sorted(account.roles()), account.enabled(),
                account.locked() ? account.lockedUntil() : null, account.totpEnabled(),
                account.mustChangePassword());
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }
}
