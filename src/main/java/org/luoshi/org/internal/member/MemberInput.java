package org.luoshi.org.internal.member;

import org.luoshi.shared.crypto.Masking;

/** What a user typed for a member, field by field, before any cleaning: from the form, the API or an Excel row. */
public record MemberInput(String name, String gender, String birthYear, String phone, String idNumber,
        String field, String title, String formerEmployer, String politicalStatus, String joinedOn) {

    /**
     * The edit form and the API show numbers masked, so a save that sends the masked number back unchanged means
     * "keep it", not "store these asterisks": the stored number takes its place. A new number or an empty field
     * changes it as typed.
     */
    MemberInput keepingMasked(String storedPhone, String storedIdNumber) {
        return new MemberInput(name, gender, birthYear, unchanged(phone, Masking.phone(storedPhone)) ? storedPhone
                : phone, unchanged(idNumber, Masking.idNumber(storedIdNumber)) ? storedIdNumber : idNumber, field,
                title, formerEmployer, politicalStatus, joinedOn);
    }

    private static boolean unchanged(String typed, String masked) {
        return typed != null && masked != null && typed.strip().equals(masked);
    }
}
