package org.luoshi.plan.internal;

import org.luoshi.shared.text.RichText;
import java.time.LocalDate;
import org.luoshi.plan.PlanDraft;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;

/**
 * 工作方案/通知: written as a draft by its issuer unit, then issued (下发). Only the issuer's administrators change it,
 * and only while it is a draft. Pages ask {@link #mayDraft}, {@link #mayEdit} and {@link #mayIssue}, the questions
 * of the guards below.
 */
public class Plan {

    public enum Status { DRAFT, ISSUED, CLOSED }

    private final Long id;
    private final long issuerUnitId;
    private final String issuerPath;
    private String docNumber;
    private Integer docYear;
    private String title;
    private LocalDate issuedOn;
    private String bodyHtml;
    private Status status;
    private final int version;

    Plan(Long id, long issuerUnitId, String issuerPath, String docNumber, Integer docYear, String title,
            LocalDate issuedOn, String bodyHtml, Status status, int version) {
        this.id = id;
        this.issuerUnitId = issuerUnitId;
        this.issuerPath = issuerPath;
        this.docNumber = docNumber;
        this.docYear = docYear;
        this.title = title;
        this.issuedOn = issuedOn;
        this.bodyHtml = bodyHtml;
        this.status = status;
        this.version = version;
    }

    /** 起草方案 / 从 Word 导入: an administrator, for their own unit; members, leaders, editors and evaluators not. */
    public static boolean mayDraft(Actor actor) {
        return actor.mayManage();
    }

    static void requireMayDraft(Actor actor) {
        if (!mayDraft(actor)) {
            throw BusinessException.forbidden("plan.draft.notAllowed");
        }
    }

    static Plan draft(Actor issuer, PlanDraft draft) {
        requireMayDraft(issuer);
        Plan plan = new Plan(null, issuer.unitId(), issuer.unitPath(), null, null, null, null, "", Status.DRAFT, 0);
        plan.apply(draft);
        return plan;
    }

    void edit(Actor actor, PlanDraft draft) {
        requireEditableBy(actor);
        apply(draft);
    }

    public boolean mayEdit(Actor actor) {
        return isIssuer(actor) && status == Status.DRAFT;
    }

    public boolean mayIssue(Actor actor) {
        return isIssuer(actor) && status != Status.CLOSED;
    }

    private boolean isIssuer(Actor actor) {
        return actor.unitId() == issuerUnitId && actor.mayManage();
    }

    public void requireEditableBy(Actor actor) {
        requireIssuer(actor);
        if (status != Status.DRAFT) {
            throw BusinessException.conflict("plan.notDraft", title);
        }
    }

    public void requireIssuer(Actor actor) {
        if (!isIssuer(actor)) {
            throw BusinessException.forbidden("plan.notIssuer");
        }
    }

    /** The issuer's administrators, while the plan is not closed. */
    public void requireMayIssue(Actor actor) {
        requireIssuer(actor);
        if (status == Status.CLOSED) {
            throw BusinessException.conflict("plan.closed", title);
        }
    }

    /** 下发. Issuing again (to further units) is allowed; issuing an empty plan is not. */
    void issue(Actor actor, int actionableItems, LocalDate today) {
        requireMayIssue(actor);
        if (actionableItems == 0) {
            throw BusinessException.invalid("items", "plan.issue.noActionableItems");
        }
        if (status == Status.DRAFT) {
            status = Status.ISSUED;
            if (issuedOn == null) {
                issuedOn = today;
            }
        }
    }

    private void apply(PlanDraft form) {
        String cleanTitle = form.title() == null ? "" : form.title().strip();
        if (cleanTitle.isEmpty()) {
            throw BusinessException.invalid("title", "plan.title.required");
        }
        if (cleanTitle.length() > 300) {
            throw BusinessException.invalid("title", "plan.title.tooLong", 300);
        }
        String number = form.docNumber() == null || form.docNumber().isBlank() ? null : form.docNumber().strip();
        if (number != null && number.length() > 60) {
            throw BusinessException.invalid("docNumber", "plan.docNumber.tooLong", 60);
        }
        this.docYear = DocNumber.yearOf(number);
        this.docNumber = number;
        this.title = cleanTitle;
        this.issuedOn = form.issuedOn();
        this.bodyHtml = RichText.sanitise(form.bodyHtml());
    }

    public Long id() { return id; }
    public long issuerUnitId() { return issuerUnitId; }
    public String issuerPath() { return issuerPath; }
    public String docNumber() { return docNumber; }
    public Integer docYear() { return docYear; }
    public String title() { return title; }
    public LocalDate issuedOn() { return issuedOn; }
    public String bodyHtml() { return bodyHtml; }
    public Status status() { return status; }
    public int version() { return version; }
    public boolean isDraft() { return status == Status.DRAFT; }
}
