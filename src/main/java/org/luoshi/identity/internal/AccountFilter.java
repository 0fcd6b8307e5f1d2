package org.luoshi.identity.internal;

import org.luoshi.shared.security.Role;
import org.luoshi.shared.text.TextNormalizer;

/**
 * Filters of the account list. {@code unitCode}: that unit's subtree (default: the actor's); {@code text}: part of
 * the username or name; {@code status}: ACTIVE, DISABLED or LOCKED; {@code sort}: username, name, lastLogin,
 * created.
 */
public record AccountFilter(String unitCode, String text, Role role, String status, String sort) {

    public AccountFilter {
        unitCode = TextNormalizer.compact(unitCode);
        text = TextNormalizer.clean(text);
        status = TextNormalizer.compact(status);
        sort = TextNormalizer.compact(sort);
    }

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null, null);
    }
}
