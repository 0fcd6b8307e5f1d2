package org.luoshi.publicity.internal.search;

import java.time.LocalDate;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.SubmissionKind;

/**
 * 检索筛选: a kind of submission (then only submissions are searched), a portal column (then only published
 * articles), a unit and its subtree (by id for staff, by code on the portal) and a date range (publication for
 * articles, the last change for submissions), both ends included.
 */
public record SearchFilter(SubmissionKind kind, PortalColumn column, Long unitId, String unit, LocalDate from,
        LocalDate to) {

    public static SearchFilter none() {
        return new SearchFilter(null, null, null, null, null, null);
    }

    public boolean articles() {
        return kind == null;
    }

    public boolean submissions() {
        return column == null;
    }
}
