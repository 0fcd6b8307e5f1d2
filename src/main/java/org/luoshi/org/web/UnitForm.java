package org.luoshi.org.web;

import org.luoshi.org.UnitType;
import org.luoshi.org.internal.unit.Unit;
import org.luoshi.org.internal.unit.UnitDetails;

/** The unit form as typed; kept as typed when saving fails, so nothing the user entered is lost. */
public class UnitForm {

    private String code;
    private String name;
    private String shortName;
    private String type;
    private String regionCode;
    private String address;
    private String phone;
    private String email;
    private int version;

    static UnitForm of(Unit unit) {
        UnitDetails d = unit.details();
        UnitForm form = new UnitForm();
        form.code = d.code();
        form.name = d.name();
        form.shortName = d.shortName();
        form.type = d.type().name();
        form.regionCode = d.regionCode();
        form.address = d.address();
        form.phone = d.phone();
        form.email = d.email();
        form.version = unit.version();
        return form;
    }

    UnitDetails details() {
        return new UnitDetails(code, name, shortName, UnitTypes.parse(type), regionCode, address, phone, email);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
