package org.luoshi.audit;

import java.util.List;

/**
 * The audit actions and kinds of object a module records, offered as choices of the audit log's filter. A module
 * declares its own as a bean beside the code that records them, and names each in Chinese in its bundle, under
 * {@code audit.action.<code>} and {@code audit.entity.<type>}; AuditActionLabelsIT checks the log holds no other.
 */
public record AuditVocabulary(List<String> actions, List<String> entityTypes) {

    public AuditVocabulary {
        actions = List.copyOf(actions);
        entityTypes = List.copyOf(entityTypes);
    }
}
