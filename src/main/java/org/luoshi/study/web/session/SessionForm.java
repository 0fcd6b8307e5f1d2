package org.luoshi.study.web.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.luoshi.study.internal.session.Leader;
import org.luoshi.study.internal.session.RecordSession;
import org.luoshi.study.internal.session.StudyForm;
import org.luoshi.study.internal.session.StudySession;
import org.luoshi.shared.web.VersionedForm;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The session form of the pages. Attendees are ticked boxes: those chosen so far, and what a search by name or unit
 * found ({@code memberName}, {@code memberUnitId}), so the form works without JavaScript.
 */
public class SessionForm implements VersionedForm {

    private StudyForm form;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private Integer durationMinutes;
    private String topic;
    private String leadName;
    private List<Long> materialIds = new ArrayList<>();
    private String materialTitles;
    private List<Long> attendeeIds = new ArrayList<>();
    private Integer otherCount;
    private List<Leader> leaders = new ArrayList<>();
    private String minutesHtml;
    private Long itemId;
    private Long plannedId;
    private String memberName;
    private Long memberUnitId;
    private Integer version;

    static SessionForm of(StudySession s) {
        SessionForm f = new SessionForm();
        f.form = s.form();
        f.heldOn = s.heldOn();
        f.durationMinutes = s.durationMinutes();
        f.topic = s.topic();
        f.leadName = s.leadName();
        f.materialIds = new ArrayList<>(s.materials().stream().map(StudySession.Material::materialId)
                .filter(id -> id != null).toList());
        f.materialTitles = String.join("\n", s.materials().stream().filter(m -> m.materialId() == null)
                .map(StudySession.Material::title).toList());
        f.attendeeIds = new ArrayList<>(s.attendees().stream().map(StudySession.Attendee::memberId).toList());
        f.otherCount = s.otherCount();
        f.leaders = new ArrayList<>(s.leaders());
        f.minutesHtml = s.minutesHtml();
        f.itemId = s.item() == null ? null : s.item().itemId();
        f.plannedId = s.plannedId();
        f.version = s.version();
        return f;
    }

    RecordSession command() {
        List<String> titles = materialTitles == null ? List.of() : materialTitles.lines().toList();
        return new RecordSession(form, heldOn, durationMinutes, topic, leadName, materialIds, titles, attendeeIds,
                otherCount, Set.copyOf(leaders.stream().filter(l -> l != null).toList()), minutesHtml, itemId,
                plannedId);
    }

    public StudyForm getForm() { return form; }
    public void setForm(StudyForm form) { this.form = form; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getLeadName() { return leadName; }
    public void setLeadName(String leadName) { this.leadName = leadName; }
    public List<Long> getMaterialIds() { return materialIds; }
    public void setMaterialIds(List<Long> ids) { this.materialIds = ids == null ? new ArrayList<>() : ids; }
    public String getMaterialTitles() { return materialTitles; }
    public void setMaterialTitles(String materialTitles) { this.materialTitles = materialTitles; }
    public List<Long> getAttendeeIds() { return attendeeIds; }
    public void setAttendeeIds(List<Long> ids) { this.attendeeIds = ids == null ? new ArrayList<>() : ids; }
    public Integer getOtherCount() { return otherCount; }
    public void setOtherCount(Integer otherCount) { this.otherCount = otherCount; }
    public List<Leader> getLeaders() { return leaders; }
    public void setLeaders(List<Leader> leaders) { this.leaders = leaders == null ? new ArrayList<>() : leaders; }
    public String getMinutesHtml() { return minutesHtml; }
    public void setMinutesHtml(String minutesHtml) { this.minutesHtml = minutesHtml; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public Long getPlannedId() { return plannedId; }
    public void setPlannedId(Long plannedId) { this.plannedId = plannedId; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String memberName) { this.memberName = memberName; }
    public Long getMemberUnitId() { return memberUnitId; }
    public void setMemberUnitId(Long memberUnitId) { this.memberUnitId = memberUnitId; }
    @Override
    public Integer getVersion() { return version; }
    @Override
    public void setVersion(Integer version) { this.version = version; }
}
