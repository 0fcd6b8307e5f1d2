package org.luoshi.audit.internal;

import java.time.LocalDate;
import org.luoshi.shared.text.TextNormalizer;
import org.springframework.format.annotation.DateTimeFormat;

/** Filters of the audit list: days from/to (inclusive), part of the actor's username, action, entity type. */
public record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String actor, String action, String entityType) {

    public AuditFilter {
        actor = TextNormalizer.clean(actor);
        action = TextNormalizer.compact(action);
        entityType = TextNormalizer.compact(entityType);
    }
}
