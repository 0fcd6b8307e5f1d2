package org.luoshi.activity.internal.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities a calendar shows, in SQL: those organised or co-organised in the chosen unit's subtree and those
 * whose audience includes the chosen unit, each also visible to the actor (the same rule as
 * {@link Activity#visibleTo}); a member sees only those open to their unit. Ranges and pages are cut in SQL.
 */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {

    /** The most a month or week view shows (a month of a busy province is far below it). */
    public static final int MAX_IN_RANGE = 500;

    /** An activity as a calendar or list shows it. */
    public record Entry(long id, String title, ActivityKind kind, ActivityStatus status, Instant startsAt,
            Instant endsAt, long unitId, String unitName, String place, String onlineUrl, Integer capacity,
            Long seriesId, String seriesTitle, boolean congressDelegate, boolean openToPublic, int version) {
    }

    /**
     * What to show.
     *
     * @param scopePath the chosen unit's path, within the actor's subtree (the actor's own unit by default)
     * @param from      inclusive, or null
     * @param to        exclusive, or null
     */
    public record Filter(String scopePath, Instant from, Instant to, ActivityKind kind, Long seriesId,
            ActivityStatus status, String text) {
    }

    private static final String COLUMNS = """
            select a.id, a.title, a.kind, a.status, a.starts_at, a.ends_at, a.unit_id, u.name as unit_name,
                   a.address, a.online_url, a.capacity, a.series_id, s.title as series_title,
                   a.open_to_public, a.version,
                   exists (select 1 from activity_speaker_link l join activity_speaker sp on sp.id = l.speaker_id
                            where l.activity_id = a.id and sp.congress_delegate) as congress_delegate
              from activity a join unit u on u.id = a.unit_id left join activity_series s on s.id = a.series_id
            """;

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The activities overlapping the filter's range, by start, at most {@link #MAX_IN_RANGE}. */
    public List<Entry> inRange(Actor actor, Filter filter) {
        return inRange(ActivityRoles.readsSubtree(actor), actor.unitPath(), filter);
    }

    /**
     * The activities of a unit's calendar as its staff see it, for the unit's subscription feed (which has no
     * actor: the calendar app does not log in).
     */
    public List<Entry> ofUnit(String unitPath, Instant from, Instant to) {
        return inRange(true, unitPath, new Filter(unitPath, from, to, null, null, null, null));
    }

    private List<Entry> inRange(boolean subtree, String actorPath, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(subtree, actorPath, filter, params);
        params.put("max", MAX_IN_RANGE);
        return jdbc.sql(COLUMNS + where + " order by a.starts_at, a.id limit :max").params(params)
                .query(ActivityQueries::entry).list();
    }

    /** A page of the activities, the newest start first. */
    public Page<Entry> page(Actor actor, Filter filter, PageQuery paging) {
        Map<String, Object> params = new HashMap<>();
        String where = where(ActivityRoles.readsSubtree(actor), actor.unitPath(), filter, params);
        long total = jdbc.sql("select count(*) from activity a" + where).params(params).query(Long.class).single();
        params.put("size", paging.size());
        params.put("offset", paging.offset());
        List<Entry> rows = jdbc.sql(COLUMNS + where + " order by a.starts_at desc, a.id desc"
                + " limit :size offset :offset").params(params).query(ActivityQueries::entry).list();
        return Page.of(rows, total, paging);
    }

    /** The next activities open to, or organised in, the actor's subtree, from {@code now} on. */
    public List<Entry> upcoming(Actor actor, Instant now, int limit) {
        Filter filter = new Filter(actor.unitPath(), now, null, null, null, ActivityStatus.PLANNED, null);
        Map<String, Object> params = new HashMap<>();
        String where = where(ActivityRoles.readsSubtree(actor), actor.unitPath(), filter, params);
        params.put("max", limit);
        return jdbc.sql(COLUMNS + where + " order by a.starts_at, a.id limit :max").params(params)
                .query(ActivityQueries::entry).list();
    }

    private static String where(boolean subtree, String actorPath, Filter f, Map<String, Object> params) {
        params.put("actorPath", actorPath);
        params.put("actorLineage", lineage(actorPath));
        StringBuilder where = new StringBuilder(" where ");
        if (subtree) {
            params.put("scope", f.scopePath());
            params.put("scopeLineage", lineage(f.scopePath()));
            where.append("""
                    (a.unit_path like :scope || '%'
                     or exists (select 1 from activity_co_organiser c
                                 where c.activity_id = a.id and c.unit_path like :scope || '%')
                     or (a.audience_unit_path in (:scopeLineage)
                         and (a.audience_unit_path in (:actorLineage) or a.unit_path like :actorPath || '%')))
                    """);
        } else {
            where.append("a.audience_unit_path in (:actorLineage)");
        }
        if (f.from() != null) {
            params.put("from", Timestamp.from(f.from()));
            where.append(" and a.ends_at > :from");
        }
        if (f.to() != null) {
            params.put("to", Timestamp.from(f.to()));
            where.append(" and a.starts_at < :to");
        }
        if (f.kind() != null) {
            params.put("kind", f.kind().name());
            where.append(" and a.kind = :kind");
        }
        if (f.seriesId() != null) {
            params.put("series", f.seriesId());
            where.append(" and a.series_id = :series");
        }
        if (f.status() != null) {
            params.put("status", f.status().name());
            where.append(" and a.status = :status");
        }
        if (f.text() != null && !f.text().isBlank()) {
            params.put("text", "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            where.append(" and a.title like :text");
        }
        return where.toString();
    }

    /** The path and every ancestor's: "/1/2/7/" gives "/1/", "/1/2/", "/1/2/7/". */
    static List<String> lineage(String path) {
        List<String> paths = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i >= 0; i = path.indexOf('/', i + 1)) {
            paths.add(path.substring(0, i + 1));
        }
        return paths;
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        String address = rs.getString("address");
        return new Entry(rs.getLong("id"), rs.getString("title"), ActivityKind.valueOf(rs.getString("kind")),
                ActivityStatus.valueOf(rs.getString("status")), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getLong("unit_id"), rs.getString("unit_name"), address,
                rs.getString("online_url"), (Integer) rs.getObject("capacity"),
                (Long) rs.getObject("series_id"), rs.getString("series_title"), rs.getBoolean("congress_delegate"),
                rs.getBoolean("open_to_public"), rs.getInt("version"));
    }
}
