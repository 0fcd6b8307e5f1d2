package org.luoshi.org.internal.unit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.luoshi.org.UnitType;
import org.luoshi.shared.text.TextNormalizer;

/** What a user enters about a unit, whether in a form, the API or an import row. */
public record UnitDetails(String code, String name, String shortName, UnitType type, String regionCode,
        String address, String phone, String email) {

    /** Full-width characters and stray spaces from copy-paste are cleaned; codes lose every space. */
    public UnitDetails cleaned() {
        String cleanCode = TextNormalizer.compact(code);
        return new UnitDetails(cleanCode == null ? null : cleanCode.toUpperCase(Locale.ROOT),
                TextNormalizer.clean(name), TextNormalizer.clean(shortName), type, TextNormalizer.compact(regionCode),
                TextNormalizer.clean(address), TextNormalizer.clean(phone), TextNormalizer.compact(email));
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", code);
        map.put("name", name);
        map.put("shortName", shortName);
        map.put("type", type == null ? null : type.name());
        map.put("regionCode", regionCode);
        map.put("address", address);
        map.put("phone", phone);
        map.put("email", email);
        return map;
    }
}
