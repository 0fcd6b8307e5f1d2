package org.luoshi.plan.web;

import java.time.LocalDate;
import org.luoshi.plan.PlanDraft;
import org.luoshi.shared.web.VersionedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** A plan draft as typed in the form or sent to the API; {@code version} guards against overwriting a colleague. */
public class PlanForm implements VersionedForm {

    private String title;
    private String docNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;
    private String bodyHtml;
    private Integer version;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDocNumber() { return docNumber; }
    public void setDocNumber(String docNumber) { this.docNumber = docNumber; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getBodyHtml() { return bodyHtml; }
    public void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    PlanDraft command() {
        return new PlanDraft(title, docNumber, issuedOn, bodyHtml);
    }
}
