package org.luoshi.activity.internal.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registrations and places per unit in SQL. The member's unit is read from the registry (member) on every query, so
 * a member who moves is counted and listed where they are now.
 */
@Repository
class RegistrationRepository {

    static final String HOLDING = "('PENDING', 'REGISTERED')";
    private static final String SELECT = """
            select r.id, r.activity_id, r.member_id, m.name as member_name, m.unit_id, m.unit_path,
                   u.name as unit_name, r.status, r.queued_at, r.created_at, r.reason, r.version
              from activity_registration r join member m on m.id = r.member_id join unit u on u.id = m.unit_id
            """;

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the activity row's lock for the rest of the transaction: every booking, cancellation and change of
     * capacity of one activity runs one after the other from here, each seeing what the one before it wrote.
     */
    boolean lock(long activityId) {
        return jdbc.sql("select id from activity where id = ? for update").param(activityId).query(Long.class)
                .optional().isPresent();
    }

    /** What a booking decides on, as it stands under the lock. */
    record Terms(Integer capacity, boolean planned, boolean approvalRequired) {
    }

    /** Takes the activity row's lock (as {@link #lock}) and reads what a booking decides on in the same statement. */
    Optional<Terms> lockTerms(long activityId) {
        return jdbc.sql("select capacity, status, approval_required from activity where id = ? for update")
                .param(activityId).query((rs, i) -> new Terms((Integer) rs.getObject(1),
                        "PLANNED".equals(rs.getString(2)), rs.getBoolean(3))).optional();
    }

    /** Places held, by the unit path of the members holding them (one row when no unit has a share). */
    Map<String, Integer> held(long activityId, boolean byUnit) {
        if (!byUnit) {
            int count = jdbc.sql("select count(*) from activity_registration where activity_id = ? and status in "
                    + HOLDING).param(activityId).query(Integer.class).single();
            return Map.of(Places.POOL, count);
        }
        return jdbc.sql("""
                select m.unit_path, count(*) from activity_registration r join member m on m.id = r.member_id
                 where r.activity_id = ? and r.status in """ + HOLDING + " group by m.unit_path")
                .param(activityId).query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Allocation> allocations(long activityId) {
        return jdbc.sql("""
                select a.unit_id, a.unit_path, u.name, a.places, a.returns_at
                  from activity_place_allocation a join unit u on u.id = a.unit_id
                 where a.activity_id = ? order by a.unit_path
                """).param(activityId).query((rs, i) -> new Allocation(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), instant(rs, "returns_at"))).list();
    }

    void saveAllocation(long activityId, Allocation share, long by, Instant at) {
        jdbc.sql("""
                insert into activity_place_allocation (activity_id, unit_id, unit_path, places, returns_at,
                                                       allocated_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (activity_id, unit_id) do update set places = excluded.places,
                       returns_at = excluded.returns_at, allocated_by = excluded.allocated_by
                """).param(activityId).param(share.unitId()).param(share.unitPath()).param(share.places())
                .param(ts(share.returnsAt())).param(by).param(Timestamp.from(at)).update();
    }

    void deleteAllocation(long activityId, long unitId) {
        jdbc.sql("delete from activity_place_allocation where activity_id = ? and unit_id = ?").param(activityId)
                .param(unitId).update();
    }

    Optional<Registration> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::registration).optional();
    }

    Optional<Registration> live(long activityId, long memberId) {
        return jdbc.sql(SELECT + " where r.activity_id = ? and r.member_id = ? and r.status in "
                + "('PENDING', 'REGISTERED', 'WAITING')").param(activityId).param(memberId)
                .query(this::registration).optional();
    }

    /** The members already live on the activity, of these. */
    List<Long> liveMembers(long activityId, List<Long> memberIds) {
        return jdbc.sql("""
                select member_id from activity_registration where activity_id = :activity
                   and member_id = any (:members) and status in ('PENDING', 'REGISTERED', 'WAITING')
                """).param("activity", activityId).param("members", memberIds.toArray(Long[]::new))
                .query(Long.class).list();
    }

    /** The new registration's id; empty when the member already has a live one (the unique index says so). */
    Optional<Long> insertOnce(long activityId, long memberId, RegistrationStatus status, Long by, Instant at) {
        return jdbc.sql("""
                insert into activity_registration (activity_id, member_id, status, queued_at, registered_by,
                                                   created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (activity_id, member_id) where status in ('PENDING', 'REGISTERED', 'WAITING') do nothing
                returning id
                """).param(activityId).param(memberId).param(status.name()).param(Timestamp.from(at)).param(by)
                .param(Timestamp.from(at)).param(Timestamp.from(at)).query(Long.class).optional();
    }

    void changeStatus(long id, RegistrationStatus status, Long by, String reason, Instant at) {
        jdbc.sql("""
                update activity_registration set status = cast(:status as varchar), updated_at = :at, version = version + 1,
                       decided_by = case when :status in ('REGISTERED', 'REJECTED') then cast(:by as bigint) else decided_by end,
                       decided_at = case when :status in ('REGISTERED', 'REJECTED') then :at else decided_at end,
                       cancelled_at = case when :status = 'CANCELLED' then :at else cancelled_at end,
                       reason = coalesce(cast(:reason as varchar), reason)
                 where id = :id
                """).param("status", status.name()).param("by", by).param("reason", reason)
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** 候补 in the order they came: first come, first moved up. */
    List<Registration> waiting(long activityId) {
        return jdbc.sql(SELECT + " where r.activity_id = ? and r.status = 'WAITING' order by r.queued_at, r.id")
                .param(activityId).query(this::registration).list();
    }

    /** Registrations that hold a place, for the activities starting in [from, to), not yet reminded. */
    List<Registration> unreminded(Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                 join activity a on a.id = r.activity_id
                 where a.starts_at >= ? and a.starts_at < ? and a.status = 'PLANNED'
                   and r.status in """ + HOLDING + " and r.reminded_at is null order by r.activity_id, r.id")
                .param(Timestamp.from(from)).param(Timestamp.from(to)).query(this::registration).list();
    }

    void markReminded(List<Long> ids, Instant at) {
        jdbc.sql("update activity_registration set reminded_at = :at where id = any (:ids)")
                .param("at", Timestamp.from(at)).param("ids", ids.toArray(Long[]::new)).update();
    }

    /** Activities with a share that returned in [from, to): their unused places may go to those waiting. */
    List<Long> sharesReturned(Instant from, Instant to) {
        return jdbc.sql("""
                select distinct activity_id from activity_place_allocation
                 where returns_at >= ? and returns_at < ? order by activity_id
                """).param(Timestamp.from(from)).param(Timestamp.from(to)).query(Long.class).list();
    }

    private Registration registration(ResultSet rs, int n) throws SQLException {
        return new Registration(rs.getLong("id"), rs.getLong("activity_id"), rs.getLong("member_id"),
                rs.getString("member_name"), rs.getLong("unit_id"), rs.getString("unit_path"),
                rs.getString("unit_name"), RegistrationStatus.valueOf(rs.getString("status")),
                instant(rs, "queued_at"), instant(rs, "created_at"), rs.getString("reason"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
