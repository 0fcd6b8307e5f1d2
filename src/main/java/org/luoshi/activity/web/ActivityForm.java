package org.luoshi.activity.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.activity.SaveActivity;
import org.luoshi.shared.web.VersionedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** The activity form as typed; times as the browser's date-time fields send them (北京时间). */
public class ActivityForm implements VersionedForm {

    private Long seriesId;
    private ActivityKind kind;
    private String title;
    private String description;
    private String address;
    private String onlineUrl;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;
    private Integer capacity;
    private Long audienceUnitId;
    private boolean openToPublic;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime registrationOpensAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime registrationClosesAt;
    private boolean approvalRequired;
    private List<Long> coOrganiserIds = new ArrayList<>();
    private List<Long> speakerIds = new ArrayList<>();
    private Long itemId;
    private Integer version;

    static ActivityForm of(ActivityView v, ZoneId zone) {
        ActivityForm f = new ActivityForm();
        f.seriesId = v.series() == null ? null : v.series().id();
        f.kind = v.kind();
        f.title = v.title();
        f.description = v.description();
        f.address = v.address();
        f.onlineUrl = v.onlineUrl();
        f.startsAt = LocalDateTime.ofInstant(v.startsAt(), zone);
        f.endsAt = LocalDateTime.ofInstant(v.endsAt(), zone);
        f.capacity = v.capacity();
        f.audienceUnitId = v.audience().id();
        f.openToPublic = v.openToPublic();
        f.registrationOpensAt = v.registrationOpensAt() == null ? null
                : LocalDateTime.ofInstant(v.registrationOpensAt(), zone);
        f.registrationClosesAt = v.registrationClosesAt() == null ? null
                : LocalDateTime.ofInstant(v.registrationClosesAt(), zone);
        f.approvalRequired = v.approvalRequired();
        f.coOrganiserIds = new ArrayList<>(v.coOrganisers().stream().map(ActivityView.Named::id).toList());
        f.speakerIds = new ArrayList<>(v.speakers().stream().map(ActivityView.SpeakerLine::id).toList());
        f.itemId = v.item() == null ? null : v.item().itemId();
        f.version = v.version();
        return f;
    }

    SaveActivity command() {
        return new SaveActivity(seriesId, kind, title, description, address, onlineUrl, startsAt, endsAt, capacity,
                audienceUnitId, openToPublic, registrationOpensAt, registrationClosesAt, approvalRequired,
                coOrganiserIds, speakerIds, itemId);
    }

    public Long getSeriesId() { return seriesId; }
    public void setSeriesId(Long seriesId) { this.seriesId = seriesId; }
    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Long getAudienceUnitId() { return audienceUnitId; }
    public void setAudienceUnitId(Long audienceUnitId) { this.audienceUnitId = audienceUnitId; }
    public boolean isOpenToPublic() { return openToPublic; }
    public void setOpenToPublic(boolean openToPublic) { this.openToPublic = openToPublic; }
    public LocalDateTime getRegistrationOpensAt() { return registrationOpensAt; }
    public void setRegistrationOpensAt(LocalDateTime at) { this.registrationOpensAt = at; }
    public LocalDateTime getRegistrationClosesAt() { return registrationClosesAt; }
    public void setRegistrationClosesAt(LocalDateTime at) { this.registrationClosesAt = at; }
    public boolean isApprovalRequired() { return approvalRequired; }
    public void setApprovalRequired(boolean approvalRequired) { this.approvalRequired = approvalRequired; }
    public List<Long> getCoOrganiserIds() { return coOrganiserIds; }
    public void setCoOrganiserIds(List<Long> ids) { this.coOrganiserIds = ids == null ? new ArrayList<>() : ids; }
    public List<Long> getSpeakerIds() { return speakerIds; }
    public void setSpeakerIds(List<Long> ids) { this.speakerIds = ids == null ? new ArrayList<>() : ids; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }

    @Override
    public Integer getVersion() {
        return version;
    }

    @Override
    public void setVersion(Integer version) {
        this.version = version;
    }
}
