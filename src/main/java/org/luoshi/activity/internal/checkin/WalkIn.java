package org.luoshi.activity.internal.checkin;

/** 现场登记: a member found by name ({@code memberId}), or a person who is not a member, by name and unit. */
public record WalkIn(Long memberId, String name, String unitName) {
}
