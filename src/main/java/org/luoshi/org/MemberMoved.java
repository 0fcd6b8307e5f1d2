package org.luoshi.org;

/**
 * A member now belongs to another unit (会员调转), by an edit of the member. Published in the edit's transaction;
 * modules that keep a member's unit beside their own data (study's readers, for coverage over a subtree) follow it.
 * A member moved with their whole unit is announced by {@link UnitMoved} / {@link UnitsMerged} instead.
 */
public record MemberMoved(long memberId, long fromUnitId, long toUnitId, String toUnitPath) {
}
