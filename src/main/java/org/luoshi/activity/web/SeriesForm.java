package org.luoshi.activity.web;

import java.time.LocalDate;
import org.luoshi.activity.internal.series.ActivitySeries;
import org.luoshi.activity.internal.series.SaveSeries;
import org.luoshi.shared.web.VersionedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** The series form as typed. */
public class SeriesForm implements VersionedForm {

    private String title;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private Integer version;

    static SeriesForm of(ActivitySeries s) {
        SeriesForm f = new SeriesForm();
        f.title = s.title();
        f.description = s.description();
        f.startsOn = s.startsOn();
        f.endsOn = s.endsOn();
        f.version = s.version();
        return f;
    }

    SaveSeries command() {
        return new SaveSeries(title, description, startsOn, endsOn);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }

    @Override
    public Integer getVersion() {
        return version;
    }

    @Override
    public void setVersion(Integer version) {
        this.version = version;
    }
}
