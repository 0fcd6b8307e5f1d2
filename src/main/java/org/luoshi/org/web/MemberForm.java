package org.luoshi.org.web;

import org.luoshi.org.internal.member.MemberInput;
import org.luoshi.org.internal.member.MemberView;

/** The member form as typed, kept verbatim so that a refused save shows the user exactly what they entered. */
public class MemberForm {

    private Long unitId;
    private String name;
    private String gender;
    private String birthYear;
    private String phone;
    private String idNumber;
    private String field;
    private String title;
    private String formerEmployer;
    private String politicalStatus;
    private String joinedOn;
    private Integer version;

    static MemberForm of(MemberView m) {
        MemberForm form = new MemberForm();
        form.unitId = m.unitId();
        form.name = m.name();
        form.gender = m.gender() == null ? null : m.gender().name();
        form.birthYear = m.birthYear() == null ? null : m.birthYear().toString();
        form.phone = m.phone();
        form.idNumber = m.idNumber();
        form.field = m.field();
        form.title = m.title();
        form.formerEmployer = m.formerEmployer();
        form.politicalStatus = m.politicalStatus();
        form.joinedOn = m.joinedOn() == null ? null : m.joinedOn().toString();
        form.version = m.version();
        return form;
    }

    MemberInput input() {
        return new MemberInput(name, gender, birthYear, phone, idNumber, field, title, formerEmployer, politicalStatus,
                joinedOn);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(String birthYear) {
        this.birthYear = birthYear;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFormerEmployer() {
        return formerEmployer;
    }

    public void setFormerEmployer(String formerEmployer) {
        this.formerEmployer = formerEmployer;
    }

    public String getPoliticalStatus() {
        return politicalStatus;
    }

    public void setPoliticalStatus(String politicalStatus) {
        this.politicalStatus = politicalStatus;
    }

    public String getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(String joinedOn) {
        this.joinedOn = joinedOn;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
