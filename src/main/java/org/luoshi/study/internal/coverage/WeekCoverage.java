package org.luoshi.study.internal.coverage;

import java.time.LocalDate;

/** By the end of the week starting {@code week} (a Monday): how many had started and finished, cumulatively. */
public record WeekCoverage(LocalDate week, long started, long finished, double startedShare, double finishedShare) {
}
