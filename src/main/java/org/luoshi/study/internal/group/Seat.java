package org.luoshi.study.internal.group;

import org.luoshi.shared.crypto.Masking;

/**
 * 小组成员: one seat of a leading group, taken by a member of the registry ({@code memberId}, named as the registry
 * names them) or by a named person with a post (职务) and a phone number, which is personal data: sealed at rest,
 * masked unless revealed.
 */
public record Seat(Long id, SeatRole role, Long memberId, String name, String post, String phone, int sortOrder) {

    public boolean fromRegistry() {
        return memberId != null;
    }

    public Seat masked() {
        return new Seat(id, role, memberId, name, post, Masking.phone(phone), sortOrder);
    }

    Seat withId(Long newId) {
        return new Seat(newId, role, memberId, name, post, phone, sortOrder);
    }
}
