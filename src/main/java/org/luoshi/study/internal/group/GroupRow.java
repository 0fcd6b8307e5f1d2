package org.luoshi.study.internal.group;

import java.time.LocalDate;

/** A leading group as lists and exports show it. */
public record GroupRow(long id, long unitId, String unitName, long planId, String planTitle, LocalDate setUpOn,
        String headName, int seats, boolean hasDocument, boolean counted) {
}
