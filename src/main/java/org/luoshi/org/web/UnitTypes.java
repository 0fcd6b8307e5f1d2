package org.luoshi.org.web;

import java.util.Arrays;
import org.luoshi.org.UnitType;

/** Reads a unit type sent by a form or an API client; anything unknown is treated as not given. */
final class UnitTypes {

    private UnitTypes() {
    }

    static UnitType parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(UnitType.values()).filter(t -> t.name().equals(value.strip())).findFirst()
                .orElse(null);
    }
}
