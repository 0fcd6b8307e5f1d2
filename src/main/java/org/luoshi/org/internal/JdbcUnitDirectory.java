package org.luoshi.org.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcUnitDirectory implements UnitDirectory {

    static final String COLUMNS = "id, code, name, short_name, type, path, parent_id, status";

    static final RowMapper<UnitRef> REF = (rs, i) -> new UnitRef(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), rs.getString("short_name"), UnitType.valueOf(rs.getString("type")),
            rs.getString("path"), (Long) rs.getObject("parent_id"), "ACTIVE".equals(rs.getString("status")));

    private final JdbcClient jdbc;

    JdbcUnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UnitRef> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from unit where id = ?").param(id).query(REF).optional();
    }

    @Override
    public Map<Long, UnitRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from unit where id in (:ids)").param("ids", Set.copyOf(ids))
                .query(REF).list().stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
    }

    @Override
    public Optional<UnitRef> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from unit where code = ?").param(code).query(REF).optional();
    }

    @Override
    public UnitRef root() {
        return jdbc.sql("select " + COLUMNS + " from unit where parent_id is null order by id limit 1")
                .query(REF).single();
    }

    @Override
    public List<UnitRef> children(long parentId) {
        return jdbc.sql("select " + COLUMNS + " from unit where parent_id = ? and status = 'ACTIVE' "
                + "order by sort_order, id").param(parentId).query(REF).list();
    }

    @Override
    public List<UnitRef> subtree(String scopePath, Set<UnitType> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from unit where path like :scope || '%' and path <> :scope "
                        + "and status = 'ACTIVE' and type in (:types) order by path")
                .param("scope", scopePath).param("types", types.stream().map(Enum::name).toList())
                .query(REF).list();
    }

    @Override
    public List<UnitRef> lineage(long id) {
        return find(id).map(unit -> {
            List<Long> ids = Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                    .toList();
            return jdbc.sql("select " + COLUMNS + " from unit where id in (:ids) order by depth")
                    .param("ids", ids).query(REF).list();
        }).orElse(List.of());
    }

    @Override
    public Optional<String> email(long unitId) {
        return jdbc.sql("select email from unit where id = ? and email is not null and email <> ''").param(unitId)
                .query(String.class).optional();
    }
}
