package org.luoshi.identity.internal;

import java.util.Set;
import org.luoshi.shared.security.Role;

/** What an administrator enters for an account; {@code username} only counts on creation. */
public record AccountInput(String username, String displayName, String unitCode, Set<Role> roles, Integer version) {

    public AccountInput {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
