package org.luoshi.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
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

    private static final String COLUMNS = """
            select id, username, display_name, password_hash, unit_id, enabled, locked_until, totp_enabled,
                   must_change_password,
                   array(select role from account_role r where r.account_id = account.id) as roles
              from account
            """;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Clock clock;

    AccountDetailsService(JdbcClient jdbc, UnitDirectory units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<AccountPrincipal> find(String username) {
        return jdbc.sql(COLUMNS + " where username = ?").param(username).query(this::principal).optional();
    }

    Optional<AccountPrincipal> find(long accountId) {
        return jdbc.sql(COLUMNS + " where id = ?").param(accountId).query(this::principal).optional();
    }

    private AccountPrincipal principal(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        UnitRef unit = units.find(rs.getLong("unit_id")).orElseThrow();
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        Actor actor = new Actor(id, rs.getString("username"), rs.getString("display_name"), unit.id(), unit.path(),
                roles(rs.getArray("roles")));
        return new AccountPrincipal(actor, rs.getString("password_hash"), rs.getBoolean("enabled") && unit.active(),
                lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()),
                rs.getBoolean("totp_enabled"), rs.getBoolean("must_change_password"));
    }

    private static Set<Role> roles(Array names) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : (Object[]) names.getArray()) {
            roles.add(Role.valueOf((String) name));
        }
        return roles;
    }
}
