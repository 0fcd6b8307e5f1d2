package org.luoshi.org.web;

import org.luoshi.org.MemberStatus;
import org.luoshi.org.internal.member.AgeBand;
import org.luoshi.org.internal.member.Gender;
import org.luoshi.org.internal.member.MemberFilter;
import org.luoshi.org.internal.member.MemberSort;
import org.luoshi.shared.web.PageQuery;

/** The member list's query parameters, shared by the page, the export and the API. */
public class MemberSearch {

    private Long unitId;
    private String name;
    /** "contains" matches anywhere in the name; anything else matches its beginning. */
    private String nameMode;
    private String field;
    private String title;
    private AgeBand age;
    private MemberStatus status;
    private Gender gender;
    private MemberSort sort;
    private Integer page;
    private Integer size;

    MemberFilter filter() {
        return new MemberFilter(unitId, name, "contains".equals(nameMode), field, title, age, status, gender, sort);
    }

    PageQuery pageQuery() {
        return PageQuery.of(page, size);
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

    public String getNameMode() {
        return nameMode;
    }

    public void setNameMode(String nameMode) {
        this.nameMode = nameMode;
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

    public AgeBand getAge() {
        return age;
    }

    public void setAge(AgeBand age) {
        this.age = age;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public MemberSort getSort() {
        return sort;
    }

    public void setSort(MemberSort sort) {
        this.sort = sort;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }
}
