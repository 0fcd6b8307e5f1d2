package org.luoshi.audit;

/**
 * 审计日志: every login and every write, with who, acting for which unit, when, from where, and what changed.
 * Modules call it in the same transaction as the change, so a change and its record stand or fall together.
 */
public interface AuditTrail {

    /**
     * Records a change made by the current actor.
     *
     * @param scopePath path of the unit the change concerns: administrators of that unit and its ancestors see it
     * @param before    the state before (null when created); any object Jackson can write
     * @param after     the state after (null when deleted)
     */
    void record(String action, String entityType, Object entityId, String scopePath, String summary, Object before,
            Object after);

    /** Records an event with an explicit actor, for events before anyone is authenticated (a failed login). */
    void recordFor(AuditActor actor, String action, String entityType, Object entityId, String scopePath,
            String summary);
}
