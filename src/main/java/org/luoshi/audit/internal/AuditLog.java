package org.luoshi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Reading the audit trail. An administrator sees the events about their subtree (scope_path) and the events
 * done by people of their subtree wherever (actor_unit_path); both are prefix conditions on indexed columns.
 */
@Service
public class AuditLog {

    private static final String SELECT = """
            select id, at, actor_name, ip, action, entity_type, entity_id, summary,
                   before_state::text as before_state, after_state::text as after_state
              from audit_event
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public Page<AuditEvent> list(Actor actor, AuditFilter filter, PageQuery page) {
        Where where = where(actor, filter);
        List<AuditEvent> items = jdbc.sql(SELECT + where.sql() + " order by at desc, id desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(this::event).list();
        long total = jdbc.sql("select count(*) from audit_event" + where.sql()).params(where.params())
                .query(Long.class).single();
        return Page.of(items, total, page);
    }

    /** Every matching event, newest first, for the Excel export; the caller closes the stream. */
    public Stream<AuditEvent> export(Actor actor, AuditFilter filter) {
        Where where = where(actor, filter);
        return jdbc.sql(SELECT + where.sql() + " order by at desc, id desc").params(where.params())
                .query(this::event).stream();
    }

    private Where where(Actor actor, AuditFilter filter) {
        requireAdministrator(actor);
        StringBuilder sql = new StringBuilder(
                " where (scope_path like :scope || '%' or actor_unit_path like :scope || '%')");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", actor.scopePath());
        if (filter.from() != null) {
            sql.append(" and at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        if (filter.actor() != null) {
            sql.append(" and actor_name ilike :actor");
            params.put("actor", "%" + filter.actor().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        if (filter.action() != null) {
            sql.append(" and action = :action");
            params.put("action", filter.action());
        }
        if (filter.entityType() != null) {
            sql.append(" and entity_type = :entityType");
            params.put("entityType", filter.entityType());
        }
        return new Where(sql.toString(), params);
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.mayManage()) {
            throw BusinessException.forbidden("error.forbidden");
        }
    }

    private AuditEvent event(ResultSet rs, int row) throws SQLException {
        Map<String, Object> before = state(rs.getString("before_state"));
        Map<String, Object> after = state(rs.getString("after_state"));
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
                rs.getString("ip"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("summary"), before, after, StateDiff.between(before, after));
    }

    /** A state is normally a JSON object; anything else a module recorded is shown as one value. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> state(String text) {
        if (text == null) {
            return null;
        }
        Object value = json.readValue(text, Object.class);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("value", value);
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
