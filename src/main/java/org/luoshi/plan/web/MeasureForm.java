package org.luoshi.plan.web;

import java.time.LocalDate;
import org.luoshi.plan.MeasureDraft;
import org.luoshi.shared.web.VersionedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** 落实举措: one concrete measure of a unit for one item, with who answers for it and by when. */
public class MeasureForm implements VersionedForm {

    private Long itemId;
    private String content;
    private String responsible;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private String target;
    /** The assignment's version. */
    private Integer version;

    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    MeasureDraft command() {
        return new MeasureDraft(itemId, content, responsible, dueOn, target);
    }
}
