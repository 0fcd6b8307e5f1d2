package org.luoshi.study.internal.report;

import java.time.LocalDate;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;

/** Whose study the report states (the unit and its subtree), as of which day, for whom. */
public record StudyReportScope(UnitRef unit, LocalDate asOf, Actor actor) {
}
