package org.luoshi.publicity.web.briefing;

import java.time.LocalDate;
import org.luoshi.publicity.internal.briefing.Briefing;
import org.luoshi.publicity.internal.briefing.CompileBriefing;
import org.luoshi.shared.web.VersionedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** The briefing's masthead and foot as the page edits them. */
public class BriefingForm implements VersionedForm {

    private Integer year;
    private Integer number;
    private String title;
    private String issuerName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issueDate;
    private String editorNote;
    private String reportTo;
    private String sendTo;
    private String issueTo;
    private Integer version;

    static BriefingForm of(Briefing b) {
        BriefingForm form = new BriefingForm();
        form.year = b.year();
        form.number = b.number();
        form.title = b.title();
        form.issuerName = b.issuerName();
        form.issueDate = b.issueDate();
        form.editorNote = b.editorNote();
        form.reportTo = b.reportTo();
        form.sendTo = b.sendTo();
        form.issueTo = b.issueTo();
        form.version = b.version();
        return form;
    }

    CompileBriefing command() {
        return new CompileBriefing(year, number, title, issuerName, issueDate, editorNote, reportTo, sendTo, issueTo);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getNumber() { return number; }
    public void setNumber(Integer number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIssuerName() { return issuerName; }
    public void setIssuerName(String issuerName) { this.issuerName = issuerName; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public String getEditorNote() { return editorNote; }
    public void setEditorNote(String editorNote) { this.editorNote = editorNote; }
    public String getReportTo() { return reportTo; }
    public void setReportTo(String reportTo) { this.reportTo = reportTo; }
    public String getSendTo() { return sendTo; }
    public void setSendTo(String sendTo) { this.sendTo = sendTo; }
    public String getIssueTo() { return issueTo; }
    public void setIssueTo(String issueTo) { this.issueTo = issueTo; }
    @Override
    public Integer getVersion() { return version; }
    @Override
    public void setVersion(Integer version) { this.version = version; }
}
