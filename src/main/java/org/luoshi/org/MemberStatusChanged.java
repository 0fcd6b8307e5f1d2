package org.luoshi.org;

/**
 * A member's standing changed (正常 → 暂停, 退会, 去世, or back). Published in the change's transaction; modules
 * that count active members' work over a subtree (study's reading coverage) follow it.
 */
public record MemberStatusChanged(long memberId, MemberStatus from, MemberStatus to) {
}
