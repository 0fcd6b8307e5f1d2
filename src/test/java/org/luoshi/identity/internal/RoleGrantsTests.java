package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

class RoleGrantsTests {

    private final Actor systemAdmin = new Actor(1, "root", "root", 1, "/1/", Set.of(Role.SYSTEM_ADMIN));
    private final Actor unitAdmin = new Actor(2, "prov", "prov", 2, "/1/2/", Set.of(Role.UNIT_ADMIN));
    private final Actor leader = new Actor(3, "lead", "lead", 2, "/1/2/", Set.of(Role.LEADER));

    @Test
    void unitAdministratorGrantsTheUnitRolesButNotSystemAdministrator() {
        assertThat(RoleGrants.grantable(unitAdmin)).containsExactlyInAnyOrder(Role.UNIT_ADMIN, Role.LEADER,
                Role.EDITOR, Role.EVALUATOR, Role.MEMBER);
        assertThatThrownBy(() -> RoleGrants.checkChange(unitAdmin, Set.of(), Set.of(Role.SYSTEM_ADMIN)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void systemAdministratorGrantsEveryRole() {
        assertThat(RoleGrants.grantable(systemAdmin)).containsExactlyInAnyOrder(Role.values());
        assertThatCode(() -> RoleGrants.checkChange(systemAdmin, Set.of(Role.MEMBER), Set.of(Role.SYSTEM_ADMIN)))
                .doesNotThrowAnyException();
    }

    @Test
    void unitAdministratorCannotManageASystemAdministrator() {
        assertThatThrownBy(() -> RoleGrants.checkManageable(unitAdmin, Set.of(Role.SYSTEM_ADMIN)))
                .isInstanceOf(BusinessException.class);
        assertThatCode(() -> RoleGrants.checkManageable(unitAdmin, Set.of(Role.EDITOR, Role.UNIT_ADMIN)))
                .doesNotThrowAnyException();
    }

    @Test
    void nonAdministratorsGrantNothing() {
        assertThat(RoleGrants.grantable(leader)).isEmpty();
    }
}
