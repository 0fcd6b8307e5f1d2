package org.luoshi.org.internal.member;

/** What a user typed for a member, field by field, before any cleaning: from the form, the API or an Excel row. */
public record MemberInput(String name, String gender, String birthYear, String phone, String idNumber,
        String field, String title, String formerEmployer, String politicalStatus, String joinedOn) {
}
