package org.luoshi.org.internal.member;

import java.time.LocalDate;
import java.time.Instant;
import org.luoshi.org.MemberStatus;

/**
 * A member as a page or the API shows it. Phone and ID number are masked unless {@code personalDataShown}: only in
 * the answer to an entitled role's deliberate reveal of this one member, which is audited.
 */
public record MemberView(long id, long unitId, String unitCode, String unitName, String name, Gender gender,
        Integer birthYear, String phone, String idNumber, boolean personalDataShown, String field, String title,
        String formerEmployer, String politicalStatus, LocalDate joinedOn, MemberStatus status, int version,
        Instant updatedAt, Integer age) {

    public boolean hasPersonalData() {
        return phone != null || idNumber != null;
    }
}
