package org.luoshi.org.internal.member;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.luoshi.org.MemberStatus;
import org.luoshi.shared.text.TextNormalizer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the member table; every query is limited to a subtree by {@code unit_path LIKE :scope || '%'}. */
@Repository
class MemberRepository {

    static final String COLUMNS = """
            id, unit_id, unit_path, name, gender, birth_year, phone_enc, id_number_enc, field, title,
            former_employer, political_status, joined_on, status, version, updated_at""";

    private static final String INSERT_HEAD = """
            insert into member (unit_id, unit_path, name, gender, birth_year, phone_enc, phone_hash, id_number_enc,
                                id_number_hash, field, title, former_employer, political_status, joined_on)
            values """;

    /** The parameters of one row of {@link #INSERT_HEAD}'s values, in column order. */
    private static final List<String> VALUE_NAMES = List.of("unitId", "unitPath", "name", "gender", "birthYear",
            "phoneEnc", "phoneHash", "idEnc", "idHash", "field", "title", "employer", "political", "joinedOn");

    private static final String SKIP_REGISTERED = """
             on conflict (id_number_hash) where id_number_hash is not null do nothing returning id_number_hash""";

    private static final String INSERT = INSERT_HEAD + """
            (:unitId, :unitPath, :name, :gender, :birthYear, :phoneEnc, :phoneHash, :idEnc, :idHash, :field,
             :title, :employer, :political, :joinedOn)""";

    static final RowMapper<MemberRecord> RECORD = MemberRepository::record;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NamedParameterJdbcTemplate batches;
    /** Exports stream through a cursor: PostgreSQL only uses one with a fetch size, inside a transaction. */
    private final JdbcClient streaming;

    MemberRepository(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.batches = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.streaming = JdbcClient.create(template);
    }

    Optional<MemberRecord> find(long id, String scope) {
        return jdbc.sql("select " + COLUMNS + " from member where id = :id and unit_path like :scope || '%'")
                .param("id", id).param("scope", scope).query(RECORD).optional();
    }

    Optional<MemberRecord> findByIdNumberHash(byte[] hash, String scope) {
        return jdbc.sql("select " + COLUMNS
                        + " from member where id_number_hash = :hash and unit_path like :scope || '%'")
                .param("hash", hash).param("scope", scope).query(RECORD).optional();
    }

    /** Where the member with this ID number is registered, anywhere: the number is unique nationwide. */
    Optional<String> unitPathOfIdNumber(byte[] hash, Long except) {
        return jdbc.sql("select unit_path from member where id_number_hash = :hash and id <> :except")
                .param("hash", hash).param("except", except == null ? -1L : except).query(String.class).optional();
    }

    /**
     * How many members the list shows. Narrowed by nothing but scope and status, that is the sum of the subtree's
     * per-unit counters (a few hundred rows for a province, kept by triggers on member); any other filter needs
     * the exact count.
     */
    long count(String scope, MemberFilter filter) {
        return countedByUnit(filter) ? countByUnits(scope, filter.status()) : countExactly(scope, filter);
    }

    private static boolean countedByUnit(MemberFilter f) {
        return TextNormalizer.clean(f.name()) == null && TextNormalizer.clean(f.field()) == null
                && TextNormalizer.clean(f.title()) == null && f.ageBand() == null && f.gender() == null;
    }

    private long countByUnits(String scope, MemberStatus status) {
        return jdbc.sql("""
                        select coalesce(sum(c.members), 0) from unit_member_count c join unit u on u.id = c.unit_id
                        where u.path like :scope || '%'""" + (status == null ? "" : " and c.status = :status"))
                .param("scope", scope).param("status", status == null ? null : status.name())
                .query(Long.class).single();
    }

    private long countExactly(String scope, MemberFilter filter) {
        Where where = where(scope, filter);
        return jdbc.sql("select count(*) from member where " + where.sql).params(where.params).query(Long.class)
                .single();
    }

    List<MemberRecord> page(String scope, MemberFilter filter, long offset, int limit) {
        Where where = where(scope, filter);
        return jdbc.sql("select " + COLUMNS + " from member where " + where.sql + " order by "
                        + filter.sort().orderBy() + " limit :limit offset :offset")
                .params(where.params).param("limit", limit).param("offset", offset).query(RECORD).list();
    }

    /** Every member matching the filter, read through a cursor; close the stream, inside a transaction. */
    Stream<MemberRecord> stream(String scope, MemberFilter filter) {
        Where where = where(scope, filter);
        return streaming.sql("select " + COLUMNS + " from member where " + where.sql + " order by "
                + filter.sort().orderBy()).params(where.params).query(RECORD).stream();
    }

    long insert(long unitId, String unitPath, MemberDetails d, Sealed sealed) {
        return jdbc.sql(INSERT + " returning id")
                .params(detailParams(unitId, unitPath, d, sealed)).query(Long.class).single();
    }

    /**
     * Inserts a batch in ONE statement, so the member counters' trigger aggregates once per batch, not once per row.
     * A row whose ID number got registered meanwhile (another import racing this one) is skipped, not failed: its
     * count comes back 0. The importer has already dropped ID numbers repeated within its file.
     */
    int[] insertAll(List<NewMember> rows) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            NewMember r = rows.get(i);
            Map<String, Object> row = detailParams(r.unitId(), r.unitPath(), r.details(), r.sealed());
            StringJoiner tuple = new StringJoiner(", ", i == 0 ? "(" : ", (", ")");
            for (String name : VALUE_NAMES) {
                tuple.add(":" + name + i);
                params.addValue(name + i, row.get(name));
            }
            values.append(tuple);
        }
        Set<ByteBuffer> inserted = new HashSet<>(batches.query(INSERT_HEAD + values + SKIP_REGISTERED, params, (rs, i) -> rs.getBytes(1) == null ? null : ByteBuffer.wrap(rs.getBytes(1))));
        int[] counts = new int[rows.size()];
        for (int i = 0; i < counts.length; i++) {
            byte[] hash = rows.get(i).sealed().idNumberHash();
            counts[i] = hash == null || inserted.remove(ByteBuffer.wrap(hash)) ? 1 : 0;
        }
        return counts;
    }

    /** The unit paths of the members registered with these ID numbers, anywhere, by the numbers' hashes. */
    Map<ByteBuffer, String> registeredIdNumbers(List<byte[]> hashes) {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        Map<ByteBuffer, String> registered = new HashMap<>();
        jdbc.sql("select id_number_hash, unit_path from member where id_number_hash in (:hashes)")
                .param("hashes", hashes)
                .query(rs -> {
                    registered.put(ByteBuffer.wrap(rs.getBytes(1)), rs.getString(2));
                });
        return registered;
    }

    /** Updates only the version the editor saw; false when someone saved in between. */
    boolean update(long id, int version, long unitId, String unitPath, MemberDetails d, Sealed sealed) {
        return jdbc.sql("""
                        update member set unit_id = :unitId, unit_path = :unitPath, name = :name, gender = :gender,
                               birth_year = :birthYear, phone_enc = :phoneEnc, phone_hash = :phoneHash,
                               id_number_enc = :idEnc, id_number_hash = :idHash, field = :field, title = :title,
                               former_employer = :employer, political_status = :political, joined_on = :joinedOn,
                               version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .params(detailParams(unitId, unitPath, d, sealed)).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean changeStatus(long id, int version, MemberStatus status) {
        return jdbc.sql("""
                        update member set status = :status, version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("status", status.name()).param("id", id).param("version", version).update() == 1;
    }

    static Map<String, Object> detailParams(long unitId, String unitPath, MemberDetails d, Sealed sealed) {
        Map<String, Object> params = new HashMap<>();
        params.put("unitId", unitId);
        params.put("unitPath", unitPath);
        params.put("name", d.name());
        params.put("gender", d.gender() == null ? null : d.gender().name());
        params.put("birthYear", d.birthYear());
        params.put("phoneEnc", sealed.phoneEnc());
        params.put("phoneHash", sealed.phoneHash());
        params.put("idEnc", sealed.idNumberEnc());
        params.put("idHash", sealed.idNumberHash());
        params.put("field", d.field());
        params.put("title", d.title());
        params.put("employer", d.formerEmployer());
        params.put("political", d.politicalStatus());
        params.put("joinedOn", d.joinedOn());
        return params;
    }

    private Where where(String scope, MemberFilter f) {
        Where w = new Where("unit_path like :scope || '%'");
        w.params.put("scope", scope);
        String name = TextNormalizer.clean(f.name());
        if (name != null) {
            w.and("name like :name escape '\\'", "name", (f.nameContains() ? "%" : "") + escapeLike(name) + "%");
        }
        String field = TextNormalizer.clean(f.field());
        if (field != null) {
            w.and("field like :field escape '\\'", "field", "%" + escapeLike(field) + "%");
        }
        String title = TextNormalizer.clean(f.title());
        if (title != null) {
            w.and("title like :title escape '\\'", "title", "%" + escapeLike(title) + "%");
        }
        if (f.ageBand() != null) {
            Year now = Year.now(clock);
            w.sql.append(" and birth_year between :bornFrom and :bornUntil");
            w.params.put("bornFrom", f.ageBand().bornFrom(now));
            w.params.put("bornUntil", f.ageBand().bornUntil(now));
        }
        if (f.status() != null) {
            w.and("status = :status", "status", f.status().name());
        }
        if (f.gender() != null) {
            w.and("gender = :gender", "gender", f.gender().name());
        }
        return w;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static MemberRecord record(ResultSet rs, int i) throws SQLException {
        String gender = rs.getString("gender");
        return new MemberRecord(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
                rs.getString("name"), gender == null ? null : Gender.valueOf(gender.trim()),
                (Integer) rs.getObject("birth_year", Integer.class), rs.getBytes("phone_enc"),
                rs.getBytes("id_number_enc"), rs.getString("field"), rs.getString("title"),
                rs.getString("former_employer"), rs.getString("political_status"),
                rs.getObject("joined_on", LocalDate.class), MemberStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
    }

    record NewMember(long unitId, String unitPath, MemberDetails details, Sealed sealed) {
    }

    /** The sealed forms of phone and ID number: ciphertext to show later, keyed hash to find and deduplicate. */
    record Sealed(byte[] phoneEnc, byte[] phoneHash, byte[] idNumberEnc, byte[] idNumberHash) {
    }

    private static final class Where {
        final StringBuilder sql;
        final Map<String, Object> params = new HashMap<>();

        Where(String first) {
            this.sql = new StringBuilder(first);
        }

        void and(String condition, String param, Object value) {
            sql.append(" and ").append(condition);
            params.put(param, value);
        }
    }
}
