package org.luoshi.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One audit record as administrators read it, with the fields that changed. */
public record AuditEvent(long id, Instant at, String actorName, String ip, String action, String entityType,
        String entityId, String summary, Map<String, Object> before, Map<String, Object> after,
        List<StateDiff.Change> changes) {
}
