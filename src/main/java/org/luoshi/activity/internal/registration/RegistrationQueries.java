package org.luoshi.activity.internal.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 我的报名 and 报名名单: paged and filtered in SQL, a roster scoped to a subtree of the members' units. */
@Component
@Transactional(readOnly = true)
public class RegistrationQueries {

    private static final String ROSTER = """
            select r.id, r.member_id, m.name, u.name as unit_name, r.status, r.queued_at, r.created_at, r.reason,
                   case when r.status = 'WAITING' then (select count(*) from activity_registration w
                         where w.activity_id = r.activity_id and w.status = 'WAITING'
                           and (w.queued_at, w.id) <= (r.queued_at, r.id)) end as position
              from activity_registration r join member m on m.id = r.member_id join unit u on u.id = m.unit_id
             where r.activity_id = :activity and m.unit_path like :scope || '%'
               and (cast(:status as varchar) is null or r.status = :status)
               and (cast(:q as varchar) is null or m.name like '%' || :q || '%')
            """;

    private final JdbcClient jdbc;

    RegistrationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line of 报名名单; {@code position} in the waiting list, for those waiting. */
    public record RosterLine(long id, long memberId, String name, String unitName, RegistrationStatus status,
            Instant queuedAt, Instant createdAt, String reason, Long position) {
    }

    /** A line of 我的报名. */
    public record MyRegistration(long id, long activityId, String title, Instant startsAt, Instant endsAt, String address,
            RegistrationStatus status, Instant createdAt, Long position) {
    }

    /** Filter of the roster: the members' subtree, a status and part of a name (each optional but the scope). */
    public record RosterFilter(String scopePath, RegistrationStatus status, String q) {

        Map<String, Object> params(long activityId) {
            String name = q == null || q.isBlank() ? null : q.strip().replace("%", "").replace("_", "");
            java.util.HashMap<String, Object> p = new java.util.HashMap<>();
            p.put("activity", activityId);
            p.put("scope", scopePath);
            p.put("status", status == null ? null : status.name());
            p.put("q", name);
            return p;
        }
    }

    public Page<RosterLine> roster(long activityId, RosterFilter filter, PageQuery page) {
        long total = jdbc.sql("select count(*) from (" + ROSTER + ") t").params(filter.params(activityId))
                .query(Long.class).single();
        List<RosterLine> lines = jdbc.sql(ROSTER + """
                 order by case r.status when 'WAITING' then 1 when 'PENDING' then 0 when 'REGISTERED' then 0
                          else 2 end, r.queued_at, r.id limit :limit offset :offset""")
                .params(filter.params(activityId)).param("limit", page.size()).param("offset", page.offset())
                .query(RegistrationQueries::line).list();
        return Page.of(lines, total, page);
    }

    /** The whole roster of the filter, for the Excel export (the caller streams it inside this transaction). */
    public Stream<RosterLine> rosterAll(long activityId, RosterFilter filter) {
        return jdbc.sql(ROSTER + " order by r.status, r.queued_at, r.id").params(filter.params(activityId))
                .query(RegistrationQueries::line).stream();
    }

    /** How many registrations of the activity stand in each state (over the whole activity). */
    public Map<RegistrationStatus, Integer> counts(long activityId) {
        Map<RegistrationStatus, Integer> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("select status, count(*) from activity_registration where activity_id = ? group by status")
                .param(activityId).query((rs, i) -> counts.put(RegistrationStatus.valueOf(rs.getString(1)),
                        rs.getInt(2))).list();
        return counts;
    }

    /** A waiting registration's place in the waiting list (1: the next to move up). */
    public long position(long registrationId) {
        return jdbc.sql("""
                select count(*) from activity_registration w join activity_registration r on r.id = ?
                 where w.activity_id = r.activity_id and w.status = 'WAITING'
                   and (w.queued_at, w.id) <= (r.queued_at, r.id)
                """).param(registrationId).query(Long.class).single();
    }

    /** The member's own registrations, the coming activities first. */
    public Page<MyRegistration> mine(long memberId, PageQuery page) {
        long total = jdbc.sql("select count(*) from activity_registration where member_id = ?").param(memberId)
                .query(Long.class).single();
        List<MyRegistration> lines = jdbc.sql("""
                select r.id, r.activity_id, a.title, a.starts_at, a.ends_at, coalesce(a.address, a.online_url)
                       as address, r.status, r.created_at,
                       case when r.status = 'WAITING' then (select count(*) from activity_registration w
                             where w.activity_id = r.activity_id and w.status = 'WAITING'
                               and (w.queued_at, w.id) <= (r.queued_at, r.id)) end as position
                  from activity_registration r join activity a on a.id = r.activity_id
                 where r.member_id = :member
                 order by a.starts_at desc, r.id desc limit :limit offset :offset
                """).param("member", memberId).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new MyRegistration(rs.getLong("id"), rs.getLong("activity_id"), rs.getString("title"),
                        RegistrationRepository.instant(rs, "starts_at"), RegistrationRepository.instant(rs,
                        "ends_at"), rs.getString("address"), RegistrationStatus.valueOf(rs.getString("status")),
                        RegistrationRepository.instant(rs, "created_at"), (Long) rs.getObject("position")))
                .list();
        return Page.of(lines, total, page);
    }

    private static RosterLine line(ResultSet rs, int n) throws SQLException {
        return new RosterLine(rs.getLong("id"), rs.getLong("member_id"), rs.getString("name"),
                rs.getString("unit_name"), RegistrationStatus.valueOf(rs.getString("status")),
                RegistrationRepository.instant(rs, "queued_at"), RegistrationRepository.instant(rs, "created_at"),
                rs.getString("reason"), (Long) rs.getObject("position"));
    }
}
