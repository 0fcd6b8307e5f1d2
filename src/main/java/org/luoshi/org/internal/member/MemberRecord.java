package org.luoshi.org.internal.member;

import java.time.LocalDate;
import java.time.Instant;
import org.luoshi.org.MemberStatus;

/** A member as stored: phone and ID number still sealed. */
record MemberRecord(long id, long unitId, String unitPath, String name, Gender gender, Integer birthYear,
        byte[] phoneEnc, byte[] idNumberEnc, String field, String title, String formerEmployer,
        String politicalStatus, LocalDate joinedOn, MemberStatus status, int version, Instant updatedAt) {
}
