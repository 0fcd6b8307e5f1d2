package org.luoshi.activity;

/**
 * A registered member as the notification module needs them: their unit (whose staff are told for a member without
 * a login, 代为通知) and their login, if they have one (then only they are told).
 */
public record Registrant(long memberId, String name, long unitId, Long accountId) {
}
