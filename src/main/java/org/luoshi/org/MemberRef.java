package org.luoshi.org;

/** What other modules know of a member (会员): enough to name them, place them in the tree and scope by it. */
public record MemberRef(long id, String name, long unitId, String unitPath, MemberStatus status) {

    public boolean isWithin(String scopePath) {
        return unitPath.startsWith(scopePath);
    }
}
