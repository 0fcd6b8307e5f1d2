package org.luoshi.org.web;

import org.luoshi.org.internal.unit.UnitSearch;
import org.luoshi.shared.web.PageQuery;

/**
 * The query string of the unit list, its export and the API list: {@code q}, {@code type}, {@code all} (show
 * dissolved and merged units), {@code sort}, {@code page}, {@code size}.
 */
record UnitListParams(String q, String type, Boolean all, String sort, Integer page, Integer size) {

    UnitSearch search() {
        return new UnitSearch(q, UnitTypes.parse(type), Boolean.TRUE.equals(all), sort);
    }

    PageQuery pageQuery() {
        return PageQuery.of(page, size);
    }
}
