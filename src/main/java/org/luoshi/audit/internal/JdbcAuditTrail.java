package org.luoshi.audit.internal;

import org.luoshi.audit.AuditActor;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.ClientAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

@Component
class JdbcAuditTrail implements AuditTrail {

    private static final int SUMMARY_LENGTH = 300;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcAuditTrail(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(String action, String entityType, Object entityId, String scopePath, String summary,
            Object before, Object after) {
        Actor actor = CurrentActor.find().orElse(null);
        insert(actor == null ? new AuditActor(null, "system", null, ClientAddress.current().orElse(null))
                : new AuditActor(actor.accountId(), actor.username(), actor.unitId(),
                        ClientAddress.current().orElse(null), actor.unitPath()),
                action, entityType, entityId, scopePath, summary, before, after);
    }

    @Override
    public void recordFor(AuditActor actor, String action, String entityType, Object entityId, String scopePath,
            String summary) {
        insert(actor, action, entityType, entityId, scopePath, summary, null, null);
    }

    private void insert(AuditActor actor, String action, String entityType, Object entityId, String scopePath,
            String summary, Object before, Object after) {
        jdbc.sql("""
                insert into audit_event (actor_id, actor_name, actor_unit_id, actor_unit_path, ip, action, entity_type,
                                         entity_id, scope_path, summary, before_state, after_state)
                values (:actorId, :actorName, :actorUnitId, :actorUnitPath, :ip, :action, :entityType,
                        :entityId, :scopePath, :summary, cast(:before as jsonb), cast(:after as jsonb))
                """)
                .param("actorId", actor.accountId())
                .param("actorName", actor.username())
                .param("actorUnitId", actor.unitId())
                .param("actorUnitPath", actor.unitPath())
                .param("ip", actor.ip())
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("scopePath", scopePath)
                .param("summary", cut(summary, SUMMARY_LENGTH))
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** The summary column holds 300 characters; a longer summary is cut rather than failing the change. */
    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
