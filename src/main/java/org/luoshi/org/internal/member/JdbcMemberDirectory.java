package org.luoshi.org.internal.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberPhoneMatch;
import org.luoshi.org.MemberRef;
import org.luoshi.org.MemberStatus;
import org.luoshi.shared.crypto.Masking;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcMemberDirectory implements MemberDirectory {

    private static final String COLUMNS = "select id, name, unit_id, unit_path, status from member ";

    private static final RowMapper<MemberRef> REF = (rs, i) -> new MemberRef(rs.getLong("id"), rs.getString("name"),
            rs.getLong("unit_id"), rs.getString("unit_path"), MemberStatus.valueOf(rs.getString("status")));

    /** More members of one name than this in one subtree is not a name to check in by: the desk asks staff. */
    private static final int MAX_NAMESAKES = 500;

    private final JdbcClient jdbc;
    private final PersonalDataSeal seal;
    private final PersonalDataCipher cipher;

    JdbcMemberDirectory(JdbcClient jdbc, PersonalDataSeal seal, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.cipher = cipher;
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
    public Page<MemberRef> page(String scopePath, String name, PageQuery query) {
        String prefix = name == null ? "" : name.strip().replace("%", "").replace("_", "");
        String where = "where unit_path like :scope || '%' and status = 'ACTIVE' and name like :name || '%' ";
        long total = jdbc.sql("select count(*) from member " + where).param("scope", scopePath)
                .param("name", prefix).query(Long.class).single();
        List<MemberRef> items = jdbc.sql(COLUMNS + where + "order by name, id limit :limit offset :offset")
                .param("scope", scopePath).param("name", prefix).param("limit", query.size())
                .param("offset", query.offset()).query(REF).list();
        return Page.of(items, total, query);
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

    @Override
    public List<MemberPhoneMatch> findByNameAndPhoneSuffix(String scopePath, String name, String phoneSuffix,
            int limit) {
        if (name == null || name.isBlank() || phoneSuffix == null || phoneSuffix.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS.replace(" from", ", phone_enc from") + """
                        where name = :name and unit_path like :scope || '%' and status = 'ACTIVE'
                          and phone_enc is not null
                        order by id limit :max""")
                .param("name", name.strip()).param("scope", scopePath).param("max", MAX_NAMESAKES)
                .query((rs, i) -> {
                    String phone = cipher.decrypt(rs.getBytes("phone_enc"));
                    return phone != null && phone.endsWith(phoneSuffix)
                            ? new MemberPhoneMatch(REF.mapRow(rs, i), Masking.phone(phone)) : null;
                }).list().stream().filter(Objects::nonNull).limit(limit).toList();
    }
}
