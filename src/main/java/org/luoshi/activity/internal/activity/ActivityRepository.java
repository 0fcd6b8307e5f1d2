package org.luoshi.activity.internal.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.CreatedBy;
import org.luoshi.plan.ItemRef;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities in SQL: the row, its co-organisers and its speakers, written and read together. */
@Repository
public class ActivityRepository {

    private static final String SELECT = """
            select a.*, u.name as unit_name, au.name as audience_name
              from activity a join unit u on u.id = a.unit_id join unit au on au.id = a.audience_unit_id
            """;

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Activity> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::activity).optional();
    }

    long insert(Activity a, long by, Instant at) {
        ActivityDetails d = a.details();
        long id = jdbc.sql("""
                insert into activity (unit_id, unit_path, series_id, kind, title, description, address, online_url,
                                      starts_at, ends_at, capacity, audience_unit_id, audience_unit_path,
                                      open_to_public, registration_opens_at, registration_closes_at,
                                      approval_required, plan_id, item_id, status, created_by, created_at, updated_at)
                values (:unit, :path, :series, :kind, :title, :description, :address, :url, :starts, :ends, :capacity,
                        :audience, :audiencePath, :open, :opens, :closes, :approval, :plan, :item, 'PLANNED', :by,
                        :at, :at)
                returning id
                """).params(params(d)).param("unit", a.unitId()).param("path", a.unitPath())
                .param("by", CreatedBy.of(by)).param("at", Timestamp.from(at)).query(Long.class).single();
        writeLinks(id, d);
        return id;
    }

    void update(Activity a, int expectedVersion, Instant at) {
        ActivityDetails d = a.details();
        int changed = jdbc.sql("""
                update activity set series_id = :series, kind = :kind, title = :title, description = :description,
                       address = :address, online_url = :url, starts_at = :starts, ends_at = :ends,
                       capacity = :capacity, audience_unit_id = :audience, audience_unit_path = :audiencePath,
                       open_to_public = :open, registration_opens_at = :opens, registration_closes_at = :closes,
                       approval_required = :approval, plan_id = :plan, item_id = :item, status = :status,
                       held_at = :heldAt, cancelled_at = :cancelledAt, cancel_reason = :reason, updated_at = :at,
                       version = version + 1
                 where id = :id and version = :version
                """).params(params(d)).param("status", a.status().name()).param("heldAt", ts(a.heldAt()))
                .param("cancelledAt", ts(a.cancelledAt())).param("reason", a.cancelReason())
                .param("at", Timestamp.from(at)).param("id", a.id()).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("activity " + a.id());
        }
        jdbc.sql("delete from activity_co_organiser where activity_id = ?").param(a.id()).update();
        jdbc.sql("delete from activity_speaker_link where activity_id = ?").param(a.id()).update();
        writeLinks(a.id(), d);
    }

    void delete(long id) {
        jdbc.sql("delete from activity where id = ?").param(id).update();
    }

    private void writeLinks(long id, ActivityDetails d) {
        for (UnitAt unit : d.coOrganisers()) {
            jdbc.sql("insert into activity_co_organiser (activity_id, unit_id, unit_path) values (?, ?, ?)")
                    .param(id).param(unit.id()).param(unit.path()).update();
        }
        int ordinal = 0;
        for (long speaker : d.speakerIds()) {
            jdbc.sql("insert into activity_speaker_link (activity_id, speaker_id, ordinal) values (?, ?, ?)")
                    .param(id).param(speaker).param(ordinal++).update();
        }
    }

    private Activity activity(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Long planId = (Long) rs.getObject("plan_id");
        Long itemId = (Long) rs.getObject("item_id");
        ActivityDetails details = new ActivityDetails((Long) rs.getObject("series_id"),
                ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                rs.getString("address"), rs.getString("online_url"), instant(rs, "starts_at"),
                instant(rs, "ends_at"), (Integer) rs.getObject("capacity"),
                new UnitAt(rs.getLong("audience_unit_id"), rs.getString("audience_unit_path"),
                        rs.getString("audience_name")),
                rs.getBoolean("open_to_public"), instant(rs, "registration_opens_at"),
                instant(rs, "registration_closes_at"), rs.getBoolean("approval_required"), coOrganisers(id),
                speakers(id), planId == null || itemId == null ? null : new ItemRef(planId, itemId));
        return new Activity(id, rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("unit_name"),
                details, ActivityStatus.valueOf(rs.getString("status")), instant(rs, "held_at"),
                instant(rs, "cancelled_at"), rs.getString("cancel_reason"), rs.getInt("version"));
    }

    private List<UnitAt> coOrganisers(long id) {
        return jdbc.sql("""
                select c.unit_id, c.unit_path, u.name from activity_co_organiser c join unit u on u.id = c.unit_id
                 where c.activity_id = ? order by c.unit_path
                """).param(id).query((rs, n) -> new UnitAt(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private List<Long> speakers(long id) {
        return jdbc.sql("select speaker_id from activity_speaker_link where activity_id = ? order by ordinal")
                .param(id).query(Long.class).list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** The details as named parameters. */
    private static Map<String, Object> params(ActivityDetails d) {
        Map<String, Object> p = new HashMap<>();
        p.put("series", d.seriesId());
        p.put("kind", d.kind().name());
        p.put("title", d.title());
        p.put("description", d.description());
        p.put("address", d.address());
        p.put("url", d.onlineUrl());
        p.put("starts", Timestamp.from(d.startsAt()));
        p.put("ends", Timestamp.from(d.endsAt()));
        p.put("capacity", d.capacity());
        p.put("audience", d.audience().id());
        p.put("audiencePath", d.audience().path());
        p.put("open", d.openToPublic());
        p.put("opens", ts(d.registrationOpensAt()));
        p.put("closes", ts(d.registrationClosesAt()));
        p.put("approval", d.approvalRequired());
        p.put("plan", d.item() == null ? null : d.item().planId());
        p.put("item", d.item() == null ? null : d.item().itemId());
        return p;
    }
}
