package org.luoshi.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in SQL, always limited to a subtree by the account's unit path. */
@Repository
class AccountRepository {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.unit_id, a.enabled, a.locked_until,
                   a.locked_until is not null and a.locked_until > :now as locked,
                   a.totp_enabled, a.must_change_password, a.last_login_at, a.created_at, a.version, a.member_id,
                   (select string_agg(r.role, ',') from account_role r where r.account_id = a.id) as roles
              from account a
            """;
    private static final Map<String, String> ORDER = Map.of(
            "username", "a.username",
            "name", "a.display_name, a.username",
            "lastLogin", "a.last_login_at desc nulls last, a.username",
            "created", "a.created_at desc, a.id desc");

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Clock clock;

    AccountRepository(JdbcClient jdbc, UnitDirectory units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    List<AccountView> page(String scope, AccountFilter filter, PageQuery page) {
        Where where = where(scope, filter);
        return where.bind(jdbc.sql(SELECT + where.sql + " order by " + order(filter) + " limit :limit offset :offset"))
                .param("limit", page.size()).param("offset", page.offset())
                .query(mapper(new HashMap<>())).list();
    }

    long count(String scope, AccountFilter filter) {
        Where where = where(scope, filter);
        return where.bind(jdbc.sql("select count(*) from account a" + where.sql)).query(Long.class).single();
    }

    /** Every matching account, streamed for the Excel export; close the stream. */
    Stream<AccountView> stream(String scope, AccountFilter filter) {
        Where where = where(scope, filter);
        return where.bind(jdbc.sql(SELECT + where.sql + " order by " + order(filter)))
                .query(mapper(new HashMap<>())).stream();
    }

    Optional<AccountView> find(long id, String scope) {
        return jdbc.sql(SELECT + " where a.id = :id and a.unit_path like :scope || '%'")
                .param("id", id).param("scope", scope).param("now", LoginAttempts.timestamp(clock.instant()))
                .query(mapper(new HashMap<>())).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from account where lower(username) = lower(?))").param(username)
                .query(Boolean.class).single();
    }

    /**
     * A new account acting for {@code unit} (as the org module's directory gives it: the account's unit path is
     * copied from it); {@code temporary}: its password was handed over and must be replaced at the first login.
     */
    long insert(String username, String displayName, UnitRef unit, String passwordHash, boolean temporary) {
        return jdbc.sql("""
                insert into account (username, display_name, password_hash, unit_id, unit_path,
                                     must_change_password)
                values (?, ?, ?, ?, ?, ?) returning id
                """).param(username).param(displayName).param(passwordHash).param(unit.id()).param(unit.path())
                .param(temporary).query(Long.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from account where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    boolean none() {
        return !jdbc.sql("select exists (select 1 from account)").query(Boolean.class).single();
    }

    /** False when someone else saved the account since {@code version} was read. */
    boolean update(long id, int version, String displayName, UnitRef unit) {
        return jdbc.sql("""
                update account set display_name = ?, unit_id = ?, unit_path = ?, version = version + 1
                 where id = ? and version = ?
                """).param(displayName).param(unit.id()).param(unit.path()).param(id).param(version).update() == 1;
    }

    void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from account_role where account_id = ?").param(id).update();
        roles.forEach(role -> jdbc.sql("insert into account_role (account_id, role) values (?, ?)").param(id)
                .param(role.name()).update());
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = ?, version = version + 1 where id = ?").param(enabled).param(id)
                .update();
    }

    void unlock(long id) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null, version = version + 1 where id = ?")
                .param(id).update();
    }

    void setPassword(long id, String passwordHash, boolean temporary) {
        jdbc.sql("""
                update account set password_hash = ?, must_change_password = ?, password_changed_at = now(),
                       failed_attempts = 0, locked_until = null, version = version + 1
                 where id = ?
                """).param(passwordHash).param(temporary).param(id).update();
    }

    String passwordHash(long id) {
        return jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).single();
    }

    /** Accounts of a unit, for moving them when the unit is merged into another. */
    List<Long> idsOfUnit(long unitId) {
        return jdbc.sql("select id from account where unit_id = ? order by id").param(unitId).query(Long.class)
                .list();
    }

    void moveToUnit(long id, UnitRef unit) {
        jdbc.sql("update account set unit_id = ?, unit_path = ?, version = version + 1 where id = ?")
                .param(unit.id()).param(unit.path()).param(id).update();
    }

    /** Usernames of the accounts acting for a unit in the subtree at {@code path}. */
    List<String> usernamesWithin(String path) {
        return jdbc.sql("select username from account where unit_path like :path || '%' order by username")
                .param("path", path).query(String.class).list();
    }

    /**
     * Follows a subtree that moved in the tree: every account path under {@code oldPath} now starts with
     * {@code newPath}. One statement, whatever the number of accounts.
     */
    int rewriteUnitPaths(String oldPath, String newPath) {
        return jdbc.sql("""
                update account set unit_path = :newPath || substr(unit_path, length(:oldPath) + 1)
                 where unit_path like :oldPath || '%'
                """).param("oldPath", oldPath).param("newPath", newPath).update();
    }

    private static String order(AccountFilter filter) {
        return ORDER.getOrDefault(filter.sort() == null ? "username" : filter.sort(), ORDER.get("username"));
    }

    private Where where(String scope, AccountFilter filter) {
        StringBuilder sql = new StringBuilder(" where a.unit_path like :scope || '%'");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope);
        params.put("now", LoginAttempts.timestamp(clock.instant()));
        if (filter.text() != null) {
            sql.append(" and (a.username ilike :text or a.display_name ilike :text)");
            params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        if (filter.role() != null) {
            sql.append(" and exists (select 1 from account_role r where r.account_id = a.id and r.role = :role)");
            params.put("role", filter.role().name());
        }
        if ("ACTIVE".equals(filter.status())) {
            sql.append(" and a.enabled and (a.locked_until is null or a.locked_until <= :now)");
        } else if ("DISABLED".equals(filter.status())) {
            sql.append(" and not a.enabled");
        } else if ("LOCKED".equals(filter.status())) {
            sql.append(" and a.locked_until > :now");
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }

    /** Maps rows, looking each unit up once per query through the org module's directory. */
    private org.springframework.jdbc.core.RowMapper<AccountView> mapper(Map<Long, UnitRef> unitCache) {
        return (rs, i) -> view(rs, unitCache.computeIfAbsent(rs.getLong("unit_id"),
                id -> units.find(id).orElseThrow()));
    }

    private static AccountView view(ResultSet rs, UnitRef unit) throws SQLException {
        return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), unit,
                roles(rs.getString("roles")), rs.getBoolean("enabled"), rs.getBoolean("locked"),
                LoginAttempts.instant(rs.getTimestamp("locked_until")), rs.getBoolean("totp_enabled"),
                rs.getBoolean("must_change_password"), LoginAttempts.instant(rs.getTimestamp("last_login_at")),
                LoginAttempts.instant(rs.getTimestamp("created_at")), rs.getInt("version"),
                (Long) rs.getObject("member_id"));
    }

    /** The id of the account with this username and no member linked yet. */
    Optional<Long> unlinked(String username) {
        return jdbc.sql("select id from account where username = ? and member_id is null").param(username)
                .query(Long.class).optional();
    }

    /** Links the account to the member it is the login of (null: none); false when the version moved on. */
    boolean linkMember(long id, Long memberId) {
        return jdbc.sql("update account set member_id = ?, version = version + 1 where id = ?").param(memberId)
                .param(id).update() == 1;
    }

    /** The username of the account already linked to {@code memberId}, other than {@code exceptAccount}. */
    Optional<String> linkedTo(long memberId, long exceptAccount) {
        return jdbc.sql("select username from account where member_id = ? and id <> ?").param(memberId)
                .param(exceptAccount).query(String.class).optional();
    }

    private static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (joined != null) {
            Arrays.stream(joined.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
