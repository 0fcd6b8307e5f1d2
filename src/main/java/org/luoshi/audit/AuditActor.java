package org.luoshi.audit;

/** Who did something when no authenticated actor is in the security context yet. */
public record AuditActor(Long accountId, String username, Long unitId, String ip) {
}
