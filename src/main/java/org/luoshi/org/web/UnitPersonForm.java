package org.luoshi.org.web;

import org.luoshi.org.internal.unit.UnitPerson;

/** The form for a leader or contact, kept as typed when saving fails. */
public class UnitPersonForm {

    private String kind = UnitPerson.Kind.LEADER.name();
    private String name;
    private String position;
    private String phone;
    private String email;
    private Integer sortOrder;
    private int version;

    static UnitPersonForm of(UnitPerson person) {
        UnitPersonForm form = new UnitPersonForm();
        form.kind = person.kind().name();
        form.name = person.name();
        form.position = person.position();
        form.phone = person.phone();
        form.email = person.email();
        form.sortOrder = person.sortOrder();
        form.version = person.version();
        return form;
    }

    UnitPerson.Details details() {
        return new UnitPerson.Details(kind(kind), name, position, phone, email, sortOrder);
    }

    static UnitPerson.Kind kind(String value) {
        for (UnitPerson.Kind k : UnitPerson.Kind.values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return null;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
