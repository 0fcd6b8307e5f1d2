package org.luoshi.org.internal.member;

/** Orders of the member list; each ends on id so that pages never overlap. */
public enum MemberSort {
    /** by unit (the tree's order of paths): served straight from member_unit_path_idx */
    UNIT("unit_path, id"),
    NAME("name, id"),
    BIRTH_YEAR("birth_year nulls last, id"),
    BIRTH_YEAR_DESC("birth_year desc nulls last, id"),
    JOINED("joined_on nulls last, id"),
    JOINED_DESC("joined_on desc nulls last, id");

    private final String orderBy;

    MemberSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
