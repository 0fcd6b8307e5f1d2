package org.luoshi.plan.web;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.internal.Plan;
import org.luoshi.plan.internal.PlanItem;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.Actor;

/** A plan with its item tree and attachments, as the API returns it, and what the caller may do with it. */
record PlanJson(long id, String title, String docNumber, Integer docYear, long issuerUnitId, String issuerName,
        LocalDate issuedOn, String bodyHtml, String status, int version, List<PlanItem> items,
        List<StoredFile> attachments, Long ownAssignmentId, Actions actions) {

    /** The plan's answers for the caller: 修改 (the draft, its items and attachments) and 下发. */
    record Actions(boolean edit, boolean issue) {
    }

    static PlanJson of(Plan plan, String issuerName, List<PlanItem> tree, List<StoredFile> attachments,
            Long ownAssignmentId, Actor actor) {
        return new PlanJson(plan.id(), plan.title(), plan.docNumber(), plan.docYear(), plan.issuerUnitId(),
                issuerName, plan.issuedOn(), plan.bodyHtml(), plan.status().name(), plan.version(), tree, attachments,
                ownAssignmentId, new Actions(plan.mayEdit(actor), plan.mayIssue(actor)));
    }
}
