package org.luoshi.audit.internal;

import java.time.LocalDate;
import org.luoshi.shared.text.TextNormalizer;

/** Filters of the audit list: days from/to (inclusive), part of the actor's username, action, entity type. */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, String entityType) {

    public AuditFilter {
        actor = TextNormalizer.clean(actor);
        action = TextNormalizer.compact(action);
        entityType = TextNormalizer.compact(entityType);
    }
}
