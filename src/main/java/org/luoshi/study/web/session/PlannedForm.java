package org.luoshi.study.web.session;

import java.time.LocalDate;
import org.luoshi.study.internal.session.PlanSession;
import org.luoshi.study.internal.session.StudyForm;
import org.springframework.format.annotation.DateTimeFormat;

/** 计划安排: one planned session of a study plan, as the page or an API client sends it. */
public class PlannedForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedOn;
    private StudyForm form;
    private String topic;
    private String leadName;
    private String materials;
    private Long itemId;

    PlanSession command() {
        return new PlanSession(plannedOn, form, topic, leadName, materials, itemId);
    }

    public LocalDate getPlannedOn() { return plannedOn; }
    public void setPlannedOn(LocalDate plannedOn) { this.plannedOn = plannedOn; }
    public StudyForm getForm() { return form; }
    public void setForm(StudyForm form) { this.form = form; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getLeadName() { return leadName; }
    public void setLeadName(String leadName) { this.leadName = leadName; }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = materials; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
}
