package org.luoshi.study.internal.session;

/**
 * 带头学习: the unit's leaders whose attendance the roll-up shows (会长, 副会长, 党委书记). Chinese names are the
 * messages {@code study.session.leader.<NAME>}.
 */
public enum Leader {
    PRESIDENT,
    VICE_PRESIDENT,
    PARTY_SECRETARY
}
