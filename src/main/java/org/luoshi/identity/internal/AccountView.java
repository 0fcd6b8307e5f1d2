package org.luoshi.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Role;

/**
 * An account as administrators see it: never its password hash or TOTP secret. {@code memberId}: the member (会员) it
 * is the login of, if linked.
 */
public record AccountView(long id, String username, String displayName, UnitRef unit, Set<Role> roles,
        boolean enabled, boolean locked, Instant lockedUntil, boolean totpEnabled, boolean mustChangePassword,
        Instant lastLoginAt, Instant createdAt, int version,
        Long memberId) {

    public AccountView {
        roles = Set.copyOf(roles);
    }
}
