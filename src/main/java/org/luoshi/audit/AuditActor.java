package org.luoshi.audit;

/**
 * Who did something when no authenticated actor is in the security context yet (a login, a failed login).
 * {@code unitPath} is the path of the unit they act for, so administrators of that subtree see what they did.
 */
public record AuditActor(Long accountId, String username, Long unitId, String ip, String unitPath) {

    public AuditActor(Long accountId, String username, Long unitId, String ip) {
        this(accountId, username, unitId, ip, null);
    }
}
