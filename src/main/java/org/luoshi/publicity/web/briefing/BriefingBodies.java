package org.luoshi.publicity.web.briefing;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.publicity.internal.briefing.Briefing;
import org.luoshi.publicity.internal.briefing.CompileBriefing;
import org.luoshi.publicity.internal.briefing.EditItem;

/** The API's request bodies; {@code version} is the briefing's version the client last read (optional). */
final class BriefingBodies {

    private BriefingBodies() {
    }

    /** The masthead and foot; number null: the next free one of the year. */
    record Compile(Integer year, Integer number, String title, String issuerName, LocalDate issueDate,
            String editorNote, String reportTo, String sendTo, String issueTo, Integer version) {

        CompileBriefing command() {
            return new CompileBriefing(year, number, title, issuerName, issueDate, editorNote, reportTo, sendTo,
                    issueTo);
        }
    }

    /** Adopted submissions to add at the end, in this order. */
    record Pick(List<Long> submissionIds, Integer version) {
    }

    /** An item's text as edited for the briefing. */
    record Item(String title, String bodyHtml, String sourceUnit, Integer version) {

        EditItem command() {
            return new EditItem(title, bodyHtml, sourceUnit);
        }
    }

    /** UP or DOWN by one place. */
    record Move(Briefing.Direction direction, Integer version) {
    }
}
