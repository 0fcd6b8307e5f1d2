package org.luoshi.activity.internal.rollup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.activity.ActivityKind;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 活动统计: activities held in a unit's subtree over a period (by their start, in the association's zone) — per child
 * unit, per kind and per month — with those a 党的二十大代表 spoke at and the people who checked in (签到). An
 * activity counts once, for the unit that organised it (co-organisers see it in their calendar, but it is not theirs
 * to count). Every figure is one SQL aggregate over {@code activity_scope_idx}; the child units come from org's
 * directory and are paged before their figures are asked for.
 */
@Service
@Transactional(readOnly = true)
public class ActivityRollup {

    /** Held in the period, organised in the subtree given as :scope (a path prefix). */
    private static final String HELD = """
            a.status = 'HELD' and a.starts_at >= :from and a.starts_at < :to
            """;
    /** The people checked in to the activity {@code a} (each counted once there: activity_checkin's unique indexes). */
    private static final String PARTICIPANTS = """
            coalesce(sum((select count(*) from activity_checkin c where c.activity_id = a.id)), 0) as participants
            """;
    private static final String DELEGATES = """
            exists (select 1 from activity_speaker_link l join activity_speaker s on s.id = l.speaker_id
                     where l.activity_id = a.id and s.congress_delegate)
            """;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Messages messages;
    private final ZoneId zone;

    ActivityRollup(JdbcClient jdbc, UnitDirectory units, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** The figures of the whole subtree: activities held, and those with a 二十大代表. */
    public RollupRow total(UnitRef unit, RollupPeriod period) {
        return jdbc.sql("select count(*) as held, count(*) filter (where " + DELEGATES + ") as delegates, "
                        + PARTICIPANTS + "from activity a where a.unit_path like :scope || '%' and " + HELD)
                .paramSource(params(unit.path(), period))
                .query((rs, n) -> new RollupRow(String.valueOf(unit.id()), unit.name(), rs.getLong("held"),
                        rs.getLong("delegates"), rs.getLong("participants"))).single();
    }

    /**
     * Per child unit, a page of them in the directory's order; on the first page the unit's own activities (本级)
     * come first, so the lines add up to the total.
     */
    public Page<RollupRow> perChildUnit(UnitRef unit, RollupPeriod period, PageQuery page) {
        List<UnitRef> children = units.children(unit.id());
        int from = Math.min(children.size(), (page.page() - 1) * page.size());
        List<RollupRow> rows = new ArrayList<>();
        if (page.page() == 1) {
            rows.add(ownUnit(unit, period));
        }
        rows.addAll(childFigures(children.subList(from, Math.min(children.size(), from + page.size())), period));
        return Page.of(rows, children.size(), page);
    }

    /** Every child unit's line after the unit's own (本级), for the sheet. */
    public List<RollupRow> perChildUnit(UnitRef unit, RollupPeriod period) {
        List<RollupRow> rows = new ArrayList<>();
        rows.add(ownUnit(unit, period));
        rows.addAll(childFigures(units.children(unit.id()), period));
        return rows;
    }

    private RollupRow ownUnit(UnitRef unit, RollupPeriod period) {
        return jdbc.sql("select count(*) as held, count(*) filter (where " + DELEGATES + ") as delegates, "
                        + PARTICIPANTS + "from activity a where a.unit_path = :scope and " + HELD)
                .paramSource(params(unit.path(), period))
                .query((rs, n) -> new RollupRow(String.valueOf(unit.id()),
                        messages.get("activity.rollup.ownUnit", unit.name()), rs.getLong("held"),
                        rs.getLong("delegates"), rs.getLong("participants"))).single();
    }

    private List<RollupRow> childFigures(List<UnitRef> children, RollupPeriod period) {
        if (children.isEmpty()) {
            return List.of();
        }
        Map<String, long[]> byPath = new LinkedHashMap<>();
        jdbc.sql("select c.path, count(a.id) as held, count(a.id) filter (where " + DELEGATES + ") as delegates, "
                        + PARTICIPANTS + "from unnest(array[:paths]::varchar[]) as c(path) "
                        + "left join activity a on a.unit_path like c.path || '%' and " + HELD
                        + " group by c.path")
                .paramSource(params(null, period).addValue("paths", children.stream().map(UnitRef::path).toList()))
                .query(rs -> {
                    byPath.put(rs.getString("path"), figures(rs));
                });
        return children.stream().map(c -> {
            long[] figures = byPath.getOrDefault(c.path(), new long[3]);
            return new RollupRow(String.valueOf(c.id()), c.name(), figures[0], figures[1], figures[2]);
        }).toList();
    }

    /** Per kind, every kind listed (a kind not held shows 0), in the order of {@link ActivityKind}. */
    public List<RollupRow> perKind(UnitRef unit, RollupPeriod period) {
        Map<String, long[]> byKind = new LinkedHashMap<>();
        jdbc.sql("select a.kind, count(*) as held, count(*) filter (where " + DELEGATES + ") as delegates, "
                        + PARTICIPANTS + "from activity a where a.unit_path like :scope || '%' and " + HELD
                        + " group by a.kind")
                .paramSource(params(unit.path(), period))
                .query(rs -> {
                    byKind.put(rs.getString("kind"), figures(rs));
                });
        List<RollupRow> rows = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            long[] figures = byKind.getOrDefault(kind.name(), new long[3]);
            rows.add(new RollupRow(kind.name(), messages.get("activity.kind." + kind), figures[0], figures[1],
                    figures[2]));
        }
        return rows;
    }

    /** Per month of the period (yyyy-MM, in the association's zone), months without activities included. */
    public List<RollupRow> perMonth(UnitRef unit, RollupPeriod period) {
        Map<String, long[]> byMonth = new LinkedHashMap<>();
        jdbc.sql("select to_char(a.starts_at at time zone :zone, 'YYYY-MM') as month, count(*) as held, "
                        + "count(*) filter (where " + DELEGATES + ") as delegates, " + PARTICIPANTS
                        + "from activity a where a.unit_path like :scope || '%' and " + HELD + " group by 1")
                .paramSource(params(unit.path(), period).addValue("zone", zone.getId()))
                .query(rs -> {
                    byMonth.put(rs.getString("month"), figures(rs));
                });
        List<RollupRow> rows = new ArrayList<>();
        for (var month = period.from().withDayOfMonth(1); !month.isAfter(period.to()); month = month.plusMonths(1)) {
            String key = String.format("%04d-%02d", month.getYear(), month.getMonthValue());
            long[] figures = byMonth.getOrDefault(key, new long[3]);
            rows.add(new RollupRow(key, key, figures[0], figures[1], figures[2]));
        }
        return rows;
    }

    private static long[] figures(ResultSet rs) throws SQLException {
        return new long[] {rs.getLong("held"), rs.getLong("delegates"), rs.getLong("participants")};
    }

    private org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(String scope,
            RollupPeriod period) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("scope", scope)
                .addValue("from", Timestamp.from(period.start(zone)))
                .addValue("to", Timestamp.from(period.end(zone)));
    }
}
