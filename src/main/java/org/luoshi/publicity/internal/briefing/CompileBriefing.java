package org.luoshi.publicity.internal.briefing;

import java.time.LocalDate;

/**
 * What the editors write on a briefing's first page and foot: year and number (第N期; number null: the next free
 * one), the masthead title, 编印单位, date, 编者按 and the distribution lines 报/送/发.
 */
public record CompileBriefing(Integer year, Integer number, String title, String issuerName, LocalDate issueDate,
        String editorNote, String reportTo, String sendTo, String issueTo) {
}
