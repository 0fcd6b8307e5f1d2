package org.luoshi.identity.internal;

import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.Set;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account, its roles and the unit it acts for. */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    AccountDetailsService(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        return jdbc.sql("""
                select id, username, display_name, password_hash, unit_id, enabled, locked_until
                  from account where username = ?
                """).param(username)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    UnitRef unit = units.find(rs.getLong("unit_id")).orElseThrow();
                    Timestamp locked = rs.getTimestamp("locked_until");
                    Actor actor = new Actor(id, rs.getString("username"), rs.getString("display_name"), unit.id(),
                            unit.path(), roles(id));
                    return new AccountPrincipal(actor, rs.getString("password_hash"),
                            rs.getBoolean("enabled") && unit.active(), locked == null ? null : locked.toInstant());
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private Set<Role> roles(long accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from account_role where account_id = ?").param(accountId)
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }
}
