package org.luoshi.study.internal.group;

import org.luoshi.shared.crypto.Masking;
import org.luoshi.shared.text.TextNormalizer;

/**
 * Command: who takes a seat in the group. Either {@code memberId} (a member of the registry within the unit's
 * subtree) or {@code name} with an optional {@code post} and {@code phone}.
 */
public record SeatDetails(SeatRole role, Long memberId, String name, String post, String phone, Integer sortOrder) {

    SeatDetails cleaned() {
        return new SeatDetails(role, memberId, TextNormalizer.clean(name), TextNormalizer.clean(post),
                TextNormalizer.compact(phone), sortOrder);
    }

    /** A masked number sent back unchanged (forms and the API show it masked) keeps the stored one. */
    SeatDetails keepingMasked(String storedPhone) {
        String masked = Masking.phone(storedPhone);
        boolean unchanged = phone != null && masked != null && phone.strip().equals(masked);
        return unchanged ? new SeatDetails(role, memberId, name, post, storedPhone, sortOrder) : this;
    }
}
