package org.luoshi.activity.internal.checkin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Check-ins in SQL. A person is counted once by the unique indexes of V114: an insert that finds the person there
 * already inserts nothing ({@code on conflict do nothing}) and the row that was first is read back.
 */
@Repository
public class CheckinRepository {

    /** One check-in as lists show it: a member's unit from the registry's unit, a guest's as they gave it. */
    public record Entry(long id, Long memberId, String name, String unitName, CheckinMethod method,
            Instant checkedInAt) {
    }

    private static final String ENTRY = """
            select c.id, c.member_id, c.name, coalesce(u.name, c.guest_unit, '') as unit_name, c.method,
                   c.checked_in_at
              from activity_checkin c left join unit u on u.id = c.unit_id
            """;

    private static final RowMapper<Entry> ENTRIES = (rs, i) -> new Entry(rs.getLong("id"),
            (Long) rs.getObject("member_id", Long.class), rs.getString("name"), rs.getString("unit_name"),
            CheckinMethod.valueOf(rs.getString("method")), rs.getTimestamp("checked_in_at").toInstant());

    private final JdbcClient jdbc;

    CheckinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's id, or empty when the member was counted already. */
    Optional<Long> insertMember(long activityId, long memberId, String name, long unitId, CheckinMethod method,
            Instant at, Long by) {
        return jdbc.sql("""
                insert into activity_checkin (activity_id, member_id, name, unit_id, method, checked_in_at,
                                              recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (activity_id, member_id) where member_id is not null do nothing
                returning id
                """).params(activityId, memberId, name, unitId, method.name(), Timestamp.from(at), by)
                .query(Long.class).optional();
    }

    /** The new row's id, or empty when a guest of that name and unit was counted already. */
    Optional<Long> insertGuest(long activityId, String name, String unit, CheckinMethod method, Instant at, Long by) {
        return jdbc.sql("""
                insert into activity_checkin (activity_id, name, guest_unit, method, checked_in_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (activity_id, name, coalesce(guest_unit, '')) where member_id is null do nothing
                returning id
                """).params(activityId, name, unit, method.name(), Timestamp.from(at), by)
                .query(Long.class).optional();
    }

    public Optional<Entry> ofMember(long activityId, long memberId) {
        return jdbc.sql(ENTRY + " where c.activity_id = ? and c.member_id = ?").params(activityId, memberId)
                .query(ENTRIES).optional();
    }

    Optional<Entry> ofGuest(long activityId, String name, String unit) {
        return jdbc.sql(ENTRY + " where c.activity_id = ? and c.member_id is null and c.name = ?"
                + " and coalesce(c.guest_unit, '') = coalesce(?, '')").params(activityId, name, unit)
                .query(ENTRIES).optional();
    }

    public Optional<Entry> find(long activityId, long checkinId) {
        return jdbc.sql(ENTRY + " where c.activity_id = ? and c.id = ?").params(activityId, checkinId)
                .query(ENTRIES).optional();
    }

    void delete(long checkinId) {
        jdbc.sql("delete from activity_checkin where id = ?").param(checkinId).update();
    }

    /** Which of these members are counted, and when. */
    public Map<Long, Instant> membersCounted(long activityId, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select member_id, checked_in_at from activity_checkin
                 where activity_id = :activity and member_id = any (:ids)
                """).param("activity", activityId).param("ids", memberIds.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Newest first, filtered by name (start of it) and method, one page. */
    public Page<Entry> page(long activityId, String name, CheckinMethod method, PageQuery query) {
        String where = """
                 where c.activity_id = :activity and c.name like :name || '%'
                   and (cast(:method as varchar) is null or c.method = :method)
                """;
        String prefix = name == null ? "" : name.strip().replace("%", "").replace("_", "");
        String methodName = method == null ? null : method.name();
        long total = jdbc.sql("select count(*) from activity_checkin c " + where).param("activity", activityId)
                .param("name", prefix).param("method", methodName).query(Long.class).single();
        List<Entry> items = jdbc.sql(ENTRY + where
                        + " order by c.checked_in_at desc, c.id desc limit :limit offset :offset")
                .param("activity", activityId).param("name", prefix).param("method", methodName)
                .param("limit", query.size()).param("offset", query.offset()).query(ENTRIES).list();
        return Page.of(items, total, query);
    }

    /** How many were counted, by method. */
    public Map<CheckinMethod, Long> countByMethod(long activityId) {
        return jdbc.sql("select method, count(*) from activity_checkin where activity_id = ? group by method")
                .param(activityId).query((rs, i) -> Map.entry(CheckinMethod.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
