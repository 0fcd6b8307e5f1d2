package org.luoshi.org.internal.unit;

import java.util.Map;
import org.luoshi.org.UnitType;
import org.luoshi.shared.text.TextNormalizer;

/**
 * Filters of the unit list: text matched against name, short name and code; a type; whether dissolved and merged
 * units are shown; and the sort order (a fixed set of columns, so nothing the user sends reaches SQL unchecked).
 */
public record UnitSearch(String q, UnitType type, boolean includeInactive, String sort) {

    static final Map<String, String> SORTS = Map.of(
            "name", "u.name, u.id",
            "code", "u.code",
            "type", "u.type, u.name, u.id",
            "tree", "u.depth, u.sort_order, u.id");

    public UnitSearch {
        q = TextNormalizer.clean(q);
        sort = sort != null && SORTS.containsKey(sort) ? sort : "tree";
    }

    public static UnitSearch all() {
        return new UnitSearch(null, null, false, null);
    }

    String orderBy() {
        return SORTS.get(sort);
    }
}
