package org.luoshi.org.internal.member;

import java.time.LocalDate;

/** A member's details after cleaning and validation: phone and ID number normalised, dates read. */
record MemberDetails(String name, Gender gender, Integer birthYear, String phone, String idNumber, String field,
        String title, String formerEmployer, String politicalStatus, LocalDate joinedOn) {
}
