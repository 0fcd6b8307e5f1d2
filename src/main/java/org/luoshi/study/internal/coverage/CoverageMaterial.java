package org.luoshi.study.internal.coverage;

import java.time.LocalDate;

/** A material whose coverage is counted: published (or since withdrawn), by the unit at {@code unitPath}. */
public record CoverageMaterial(long id, String title, long unitId, String unitName, String unitPath, String status,
        LocalDate publishedOn, int sectionCount) {
}
