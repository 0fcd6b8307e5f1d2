package org.luoshi.org;

/** Head counts of a subtree, for the work bench. */
public interface OrgOverview {

    /** Active units in the subtree under {@code scopePath}, the root of it included. */
    long unitCount(String scopePath);

    /** Active members in the subtree under {@code scopePath}. */
    long memberCount(String scopePath);
}
