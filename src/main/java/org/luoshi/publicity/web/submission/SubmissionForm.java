package org.luoshi.publicity.web.submission;

import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.submission.EditSubmission;
import org.luoshi.publicity.internal.submission.Submission;
import org.luoshi.shared.web.VersionedForm;

/**
 * The draft form of the pages. The member a 先进典型 is about is found by name ({@code memberName}, 查找) and chosen
 * from what was found, so the form works without JavaScript; {@code note} is the 修改说明 sent with 报送.
 */
public class SubmissionForm implements VersionedForm {

    private SubmissionKind kind;
    private String title;
    private String bodyHtml;
    private String author;
    private String contact;
    private Long itemId;
    private Long memberId;
    private String memberName;
    private String note;
    private Integer version;

    static SubmissionForm of(Submission s) {
        SubmissionForm f = new SubmissionForm();
        f.kind = s.kind();
        f.title = s.title();
        f.bodyHtml = s.bodyHtml();
        f.author = s.author();
        f.contact = s.contact();
        f.itemId = s.item() == null ? null : s.item().itemId();
        f.memberId = s.memberId();
        f.version = s.version();
        return f;
    }

    EditSubmission command() {
        return new EditSubmission(kind, title, bodyHtml, author, contact, itemId,
                kind == SubmissionKind.EXEMPLAR ? memberId : null);
    }

    public SubmissionKind getKind() { return kind; }
    public void setKind(SubmissionKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBodyHtml() { return bodyHtml; }
    public void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String memberName) { this.memberName = memberName; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @Override
    public Integer getVersion() { return version; }
    @Override
    public void setVersion(Integer version) { this.version = version; }
}
