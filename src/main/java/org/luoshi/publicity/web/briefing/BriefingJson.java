package org.luoshi.publicity.web.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.publicity.internal.briefing.Briefing;
import org.luoshi.publicity.internal.briefing.BriefingStatus;
import org.luoshi.shared.security.Actor;

/** A briefing as the API shows it, with the actions the caller may take on it and on each item. */
record BriefingJson(long id, long unitId, int year, int number, String title, String issuerName, LocalDate issueDate,
        String editorNote, String reportTo, String sendTo, String issueTo, BriefingStatus status, Instant issuedAt,
        Long articleId, String documentUrl, int version, List<ItemJson> items, Actions actions) {

    record ItemJson(long id, Long submissionId, String title, String bodyHtml, String sourceUnit, boolean mayMoveUp,
            boolean mayMoveDown) {
    }

    record Actions(boolean edit, boolean pick, boolean issue, boolean publish, boolean delete) {
    }

    static BriefingJson of(Briefing b, Actor actor) {
        return new BriefingJson(b.id(), b.unitId(), b.year(), b.number(), b.title(), b.issuerName(), b.issueDate(),
                b.editorNote(), b.reportTo(), b.sendTo(), b.issueTo(), b.status(), b.issuedAt(), b.articleId(),
                "/api/v1/publicity/briefings/" + b.id() + "/document.docx", b.version(),
                b.items().stream().map(i -> new ItemJson(i.id(), i.submissionId(), i.title(), i.bodyHtml(),
                        i.sourceUnit(), b.mayMoveUp(actor, i.id()), b.mayMoveDown(actor, i.id()))).toList(),
                new Actions(b.mayEdit(actor), b.mayEdit(actor), b.mayIssue(actor), b.mayPublish(actor),
                        b.mayDelete(actor)));
    }
}
