package org.luoshi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.luoshi.shared.security.Role;

/** Accounts as other modules may read them: who acts for a unit, with which roles (to address what they send). */
public interface AccountDirectory {

    /** The enabled accounts acting for these units, in one query. */
    List<UnitAccount> accountsOf(Collection<Long> unitIds);

    /** These accounts, if enabled, in one query. */
    List<UnitAccount> accounts(Collection<Long> accountIds);

    /** The member (会员) this account is the login of, if it is linked to one. */
    Optional<Long> memberOf(long accountId);

    /** The enabled logins of these members (会员), by member id; members without one are missing from the map. */
    Map<Long, Long> loginsOf(Collection<Long> memberIds);

    record UnitAccount(long accountId, long unitId, Set<Role> roles) {

        public UnitAccount {
            roles = Set.copyOf(roles);
        }
    }
}
