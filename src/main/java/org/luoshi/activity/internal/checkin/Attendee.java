package org.luoshi.activity.internal.checkin;

import org.luoshi.org.MemberRef;

/** The person a check-in counts: a member of the registry, or a guest by name and unit. */
record Attendee(Long memberId, String name, Long unitId, String guestUnit) {

    static Attendee member(MemberRef member) {
        return new Attendee(member.id(), member.name(), member.unitId(), null);
    }

    static Attendee guest(String name, String unit) {
        return new Attendee(null, name, null, unit);
    }

    boolean isMember() {
        return memberId != null;
    }
}
