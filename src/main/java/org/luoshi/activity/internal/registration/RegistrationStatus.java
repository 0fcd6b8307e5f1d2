package org.luoshi.activity.internal.registration;

/** Where a registration (报名) stands. */
public enum RegistrationStatus {
    /** 待审核: holds a place until the organiser's staff decide */
    PENDING,
    /** 已报名 */
    REGISTERED,
    /** 候补: waits for a place, first come first moved up */
    WAITING,
    /** 未通过 */
    REJECTED,
    /** 已取消 */
    CANCELLED;

    /** Counts against the capacity: a pending registration keeps its place while it is looked at. */
    public boolean holdsPlace() {
        return this == PENDING || this == REGISTERED;
    }

    /** Still in the activity's lists: a member has at most one live registration per activity. */
    public boolean isLive() {
        return holdsPlace() || this == WAITING;
    }
}
