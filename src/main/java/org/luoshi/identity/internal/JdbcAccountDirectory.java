package org.luoshi.identity.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcAccountDirectory implements AccountDirectory {

    private static final String ACCOUNTS = """
            select a.id, a.unit_id, string_agg(r.role, ',') as roles
              from account a join account_role r on r.account_id = a.id
             where a.enabled and %s = any (:ids)
             group by a.id, a.unit_id order by a.id
            """;

    private final JdbcClient jdbc;

    JdbcAccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitAccount> accountsOf(Collection<Long> unitIds) {
        return query("a.unit_id", unitIds);
    }

    @Override
    public List<UnitAccount> accounts(Collection<Long> accountIds) {
        return query("a.id", accountIds);
    }

    @Override
    public Optional<Long> memberOf(long accountId) {
        return jdbc.sql("select member_id from account where id = ? and member_id is not null").param(accountId)
                .query(Long.class).optional();
    }

    @Override
    public Map<Long, Long> loginsOf(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select member_id, id from account where enabled and member_id = any (:ids)")
                .param("ids", memberIds.toArray(Long[]::new)).query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<UnitAccount> query(String column, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ACCOUNTS.formatted(column)).param("ids", ids.toArray(Long[]::new))
                .query((rs, i) -> new UnitAccount(rs.getLong(1), rs.getLong(2),
                        Arrays.stream(rs.getString(3).split(",")).map(Role::valueOf).collect(Collectors.toSet())))
                .list();
    }
}
