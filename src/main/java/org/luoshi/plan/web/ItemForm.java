package org.luoshi.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.plan.ItemDraft;
import org.luoshi.shared.web.VersionedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** One node of the plan's item tree (一、 (一) 1.); actionable items say what each unit must deliver by when. */
public class ItemForm implements VersionedForm {

    private Long parentId;
    private String numbering;
    private String title;
    private String body;
    private boolean actionable;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private List<EvidenceKind> evidenceKinds = new ArrayList<>();
    private Integer targetQuantity;
    private String targetUnit;
    /** The plan's version, so two editors of one draft do not overwrite each other. */
    private Integer version;

    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getNumbering() { return numbering; }
    public void setNumbering(String numbering) { this.numbering = numbering; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isActionable() { return actionable; }
    public void setActionable(boolean actionable) { this.actionable = actionable; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public List<EvidenceKind> getEvidenceKinds() { return evidenceKinds; }
    public void setEvidenceKinds(List<EvidenceKind> evidenceKinds) {
        this.evidenceKinds = evidenceKinds == null ? new ArrayList<>() : evidenceKinds;
    }
    public Integer getTargetQuantity() { return targetQuantity; }
    public void setTargetQuantity(Integer targetQuantity) { this.targetQuantity = targetQuantity; }
    public String getTargetUnit() { return targetUnit; }
    public void setTargetUnit(String targetUnit) { this.targetUnit = targetUnit; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    ItemDraft command() {
        return new ItemDraft(parentId, numbering, title, body, actionable, dueOn, evidenceKinds, targetQuantity,
                targetUnit);
    }
}
