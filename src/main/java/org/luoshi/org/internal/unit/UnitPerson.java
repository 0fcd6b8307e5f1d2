package org.luoshi.org.internal.unit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.luoshi.shared.crypto.Masking;

/**
 * A leader (会长、秘书长…) or a contact (联络员) of a unit. The phone number is personal data: stored sealed, and
 * shown masked unless an entitled role reveals it (see {@link UnitPersonService#reveal}).
 */
public record UnitPerson(long id, long unitId, Kind kind, String name, String position, String phone, String email,
        int sortOrder, int version) {

    public enum Kind {
        /** 领导班子成员 */
        LEADER,
        /** 联系人、联络员 */
        CONTACT
    }

    /** What a user enters about a person. */
    public record Details(Kind kind, String name, String position, String phone, String email, Integer sortOrder) {

        Details cleaned() {
            return new Details(kind, org.luoshi.shared.text.TextNormalizer.clean(name),
                    org.luoshi.shared.text.TextNormalizer.clean(position),
                    org.luoshi.shared.text.TextNormalizer.clean(phone),
                    org.luoshi.shared.text.TextNormalizer.compact(email), sortOrder == null ? 0 : sortOrder);
        }

        /** A masked number sent back unchanged (the form and the API show it masked) keeps the stored one. */
        Details keepingMasked(String storedPhone) {
            String masked = Masking.phone(storedPhone);
            boolean unchanged = phone != null && masked != null && phone.strip().equals(masked);
            return unchanged ? new Details(kind, name, position, storedPhone, email, sortOrder) : this;
        }
    }

    /** The person as everyone sees them by default: the phone number masked. */
    UnitPerson masked() {
        return new UnitPerson(id, unitId, kind, name, position, Masking.phone(phone), email, sortOrder, version);
    }

    /** What the audit trail keeps: the phone masked, so the log itself holds no number. */
    Map<String, Object> snapshot() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("unitId", unitId);
        map.put("kind", kind.name());
        map.put("name", name);
        map.put("position", position);
        map.put("phone", Masking.phone(phone));
        map.put("email", email);
        map.put("sortOrder", sortOrder);
        map.put("version", version);
        return map;
    }
}
