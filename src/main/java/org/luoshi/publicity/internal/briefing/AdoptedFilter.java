package org.luoshi.publicity.internal.briefing;

import java.time.LocalDate;
import org.luoshi.publicity.SubmissionKind;

/** What the editors look for among their unit's adoptions: a kind, the days adopted, words of the title. */
public record AdoptedFilter(SubmissionKind kind, LocalDate from, LocalDate to, String q) {
}
