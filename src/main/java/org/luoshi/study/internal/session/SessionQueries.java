package org.luoshi.study.internal.session;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists of sessions and of attendance over the actor's subtree, filtered and paged in SQL, and their exports. */
@Component
@Transactional(readOnly = true)
public class SessionQueries {

    /** A session as lists show it. */
    public record Row(long id, long unitId, String unitName, StudyForm form, LocalDate heldOn, int durationMinutes,
            String topic, String leadName, int attendees, int otherCount, String leaders, Long itemId) {

        public int leaderCount() {
            return leaders == null || leaders.isBlank() ? 0 : leaders.split(",").length;
        }

        public List<Leader> leaderList() {
            return StudySessionRepository.leaders(leaders).stream().sorted().toList();
        }

        public boolean counted() {
            return itemId != null;
        }
    }

    /** One attendee of one session. */
    public record Attendance(long sessionId, LocalDate heldOn, String topic, long sessionUnitId, String sessionUnit,
            long memberId, String memberName, long memberUnitId, String memberUnit) {
    }

    static final int EXPORT_LIMIT = 100_000;

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    SessionQueries(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public Page<Row> list(Actor actor, SessionFilter filter, PageQuery page) {
        Conditions c = conditions(actor, filter);
        long total = c.bind(jdbc.sql("select count(*) from study_session s where " + c.sql())).query(Long.class)
                .single();
        List<Row> rows = c.bind(jdbc.sql(select() + " where " + c.sql()
                + " order by s.held_on desc, s.id desc limit :limit offset :offset"))
                .param("limit", page.size()).param("offset", page.offset()).query((rs, i) -> row(rs)).list();
        return Page.of(named(rows), total, page);
    }

    public void export(Actor actor, SessionFilter filter, Consumer<Row> sink) {
        Conditions c = conditions(actor, filter);
        List<Row> rows = c.bind(jdbc.sql(select() + " where " + c.sql()
                + " order by s.held_on desc, s.id desc limit " + EXPORT_LIMIT)).query((rs, i) -> row(rs)).list();
        named(rows).forEach(sink);
    }

    /** Who attended the session (already checked as visible), by name. */
    public List<Attendance> attendance(long sessionId) {
        return namedAttendance(jdbc.sql(attendanceSelect() + " where s.id = :id order by a.member_name, a.member_id")
                .param("id", sessionId).query((rs, i) -> attendance(rs)).list());
    }

    /** Attendance of every session the filter selects, session by session. */
    public void exportAttendance(Actor actor, SessionFilter filter, Consumer<Attendance> sink) {
        Conditions c = conditions(actor, filter);
        namedAttendance(c.bind(jdbc.sql(attendanceSelect() + " where " + c.sql()
                + " order by s.held_on desc, s.id desc, a.member_name limit " + EXPORT_LIMIT))
                .query((rs, i) -> attendance(rs)).list()).forEach(sink);
    }

    private static String select() {
        return """
                select s.id, s.unit_id, s.form, s.held_on, s.duration_minutes, s.topic, s.lead_name,
                       (select count(*) from study_session_attendee a where a.session_id = s.id) as attendees,
                       s.other_count, s.leaders, s.item_id
                  from study_session s""";
    }

    private static String attendanceSelect() {
        return """
                select s.id, s.held_on, s.topic, s.unit_id as session_unit, a.member_id, a.member_name, a.unit_id
                  from study_session s join study_session_attendee a on a.session_id = s.id""";
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("unit_id"), null, StudyForm.valueOf(rs.getString("form")),
                rs.getObject("held_on", LocalDate.class), rs.getInt("duration_minutes"), rs.getString("topic"),
                rs.getString("lead_name"), rs.getInt("attendees"), rs.getInt("other_count"), rs.getString("leaders"),
                rs.getObject("item_id", Long.class));
    }

    private static Attendance attendance(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attendance(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getLong(4), null,
                rs.getLong(5), rs.getString(6), rs.getLong(7), null);
    }

    private List<Row> named(List<Row> rows) {
        Map<Long, UnitRef> names = units.findAll(rows.stream().map(Row::unitId).collect(Collectors.toSet()));
        return rows.stream().map(r -> new Row(r.id(), r.unitId(), name(names, r.unitId()), r.form(), r.heldOn(),
                r.durationMinutes(), r.topic(), r.leadName(), r.attendees(), r.otherCount(), r.leaders(),
                r.itemId())).toList();
    }

    private List<Attendance> namedAttendance(List<Attendance> rows) {
        Set<Long> ids = new java.util.HashSet<>();
        rows.forEach(r -> {
            ids.add(r.sessionUnitId());
            ids.add(r.memberUnitId());
        });
        Map<Long, UnitRef> names = units.findAll(ids);
        return rows.stream().map(r -> new Attendance(r.sessionId(), r.heldOn(), r.topic(), r.sessionUnitId(),
                name(names, r.sessionUnitId()), r.memberId(), r.memberName(), r.memberUnitId(),
                name(names, r.memberUnitId()))).toList();
    }

    private static String name(Map<Long, UnitRef> names, long id) {
        UnitRef unit = names.get(id);
        return unit == null ? "" : unit.name();
    }

    private Conditions conditions(Actor actor, SessionFilter filter) {
        StringBuilder sql = new StringBuilder("s.unit_path like :scope || '%'");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", actor.scopePath());
        if (filter.unitId() != null) {
            UnitRef unit = units.find(filter.unitId()).filter(u -> actor.covers(u.path()))
                    .orElseThrow(() -> BusinessException.notFound("study.session.unitNotFound"));
            sql.append(" and s.unit_path like :unitPath || '%'");
            params.put("unitPath", unit.path());
        }
        if (filter.form() != null) {
            sql.append(" and s.form = :form");
            params.put("form", filter.form().name());
        }
        if (filter.from() != null) {
            sql.append(" and s.held_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and s.held_on <= :to");
            params.put("to", filter.to());
        }
        if (filter.itemId() != null) {
            sql.append(" and s.item_id = :item");
            params.put("item", filter.itemId());
        }
        return new Conditions(sql.toString(), params);
    }

    private record Conditions(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }
}
