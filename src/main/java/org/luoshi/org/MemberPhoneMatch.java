package org.luoshi.org;

/** A member whose phone number ends with the digits asked for, the number masked (138****5678) to tell them apart. */
public record MemberPhoneMatch(MemberRef member, String maskedPhone) {
}
