package org.luoshi.publicity.web.briefing;

import org.luoshi.publicity.internal.briefing.Briefing;
import org.luoshi.publicity.internal.briefing.EditItem;
import org.luoshi.shared.web.VersionedForm;

/** One item of a briefing as the page edits it; the version is the briefing's. */
public class ItemForm implements VersionedForm {

    private String title;
    private String bodyHtml;
    private String sourceUnit;
    private Integer version;

    static ItemForm of(Briefing.Item item, int version) {
        ItemForm form = new ItemForm();
        form.title = item.title();
        form.bodyHtml = item.bodyHtml();
        form.sourceUnit = item.sourceUnit();
        form.version = version;
        return form;
    }

    EditItem command() {
        return new EditItem(title, bodyHtml, sourceUnit);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBodyHtml() { return bodyHtml; }
    public void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml; }
    public String getSourceUnit() { return sourceUnit; }
    public void setSourceUnit(String sourceUnit) { this.sourceUnit = sourceUnit; }
    @Override
    public Integer getVersion() { return version; }
    @Override
    public void setVersion(Integer version) { this.version = version; }
}
