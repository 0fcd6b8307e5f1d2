package org.luoshi.study.internal.session;

import java.time.LocalDate;

/** Which sessions a list shows: of a unit's subtree, of a form, held in a period, linked to an item (all optional). */
public record SessionFilter(Long unitId, StudyForm form, LocalDate from, LocalDate to, Long itemId) {

    public static SessionFilter none() {
        return new SessionFilter(null, null, null, null, null);
    }
}
