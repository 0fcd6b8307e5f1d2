package org.luoshi.study.web.group;

import java.time.LocalDate;
import org.luoshi.shared.web.VersionedForm;
import org.luoshi.study.internal.group.EditLeadingGroup;
import org.luoshi.study.internal.group.LeadingGroup;
import org.luoshi.study.internal.group.RecordLeadingGroup;
import org.springframework.format.annotation.DateTimeFormat;

/** The leading group's own fields as typed: the plan, the item it counts toward, the day it was set up. */
public class GroupForm implements VersionedForm {

    private Long planId;
    private Long itemId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate setUpOn;
    private Integer version;

    static GroupForm of(LeadingGroup group) {
        GroupForm form = new GroupForm();
        form.planId = group.planId();
        form.itemId = group.itemId();
        form.setUpOn = group.setUpOn();
        form.version = group.version();
        return form;
    }

    RecordLeadingGroup record(long unitId) {
        return new RecordLeadingGroup(unitId, planId, itemId, setUpOn);
    }

    EditLeadingGroup edit() {
        return new EditLeadingGroup(setUpOn, itemId, version);
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public LocalDate getSetUpOn() { return setUpOn; }
    public void setSetUpOn(LocalDate setUpOn) { this.setUpOn = setUpOn; }
    @Override
    public Integer getVersion() { return version; }
    @Override
    public void setVersion(Integer version) { this.version = version; }
}
