package org.luoshi.org.internal.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.MemberStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcMemberDirectory implements MemberDirectory {

    private static final String COLUMNS = "select id, name, unit_id, unit_path, status from member ";

    private static final RowMapper<MemberRef> REF = (rs, i) -> new MemberRef(rs.getLong("id"), rs.getString("name"),
            rs.getLong("unit_id"), rs.getString("unit_path"), MemberStatus.valueOf(rs.getString("status")));

    private final JdbcClient jdbc;
    private final PersonalDataSeal seal;

    JdbcMemberDirectory(JdbcClient jdbc, PersonalDataSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    @Override
    public Map<Long, MemberRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + "where id = any (:ids)").param("ids", ids.toArray(Long[]::new)).query(REF).list()
                .stream().collect(Collectors.toMap(MemberRef::id, Function.identity()));
    }

    @Override
    public List<MemberRef> search(String scopePath, String name, Long unitId, int limit) {
        String prefix = name == null ? "" : name.strip();
        return jdbc.sql(COLUMNS + """
                        where unit_path like :scope || '%' and status = 'ACTIVE'
                          and name like :name || '%' and (cast(:unitId as bigint) is null or unit_id = :unitId)
                        order by name, id limit :limit""")
                .param("scope", scopePath).param("name", prefix.replace("%", "").replace("_", ""))
                .param("unitId", unitId).param("limit", limit).query(REF).list();
    }

    @Override
    public Optional<MemberRef> findByIdNumber(String idNumber, String scopePath) {
        String normalised = IdNumber.normalise(idNumber);
        if (normalised == null) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + "where id_number_hash = :hash and unit_path like :scope || '%'")
                .param("hash", seal.idNumberHash(normalised)).param("scope", scopePath).query(REF).optional();
    }
}
