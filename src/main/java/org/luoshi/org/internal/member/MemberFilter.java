package org.luoshi.org.internal.member;

import org.luoshi.org.MemberStatus;

/**
 * What the member list is narrowed to. {@code unitId} null means the actor's own unit; its whole subtree is always
 * included. Name matches the beginning of the name unless {@code nameContains}.
 */
public record MemberFilter(Long unitId, String name, boolean nameContains, String field, String title,
        AgeBand ageBand, MemberStatus status, Gender gender, MemberSort sort) {

    public MemberFilter {
        sort = sort == null ? MemberSort.UNIT : sort;
    }

    public static MemberFilter all() {
        return new MemberFilter(null, null, false, null, null, null, null, null, null);
    }
}
