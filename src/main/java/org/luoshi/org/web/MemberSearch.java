package org.luoshi.org.web;

import io.swagger.v3.oas.annotations.Parameter;
import org.luoshi.org.MemberStatus;
import org.luoshi.org.internal.member.AgeBand;
import org.luoshi.org.internal.member.Gender;
import org.luoshi.org.internal.member.MemberFilter;
import org.luoshi.org.internal.member.MemberSort;
import org.luoshi.shared.web.PageQuery;

/**
 * The member list's query parameters, shared by the page, the export and the API. The API documents exactly these
 * fields ({@code @ParameterObject}), each one honoured (MemberListParametersIT).
 */
public class MemberSearch {

    @Parameter(description = "单位 id：列出该单位及其全部下级单位的会员；不填为本人所在单位")
    private Long unitId;
    @Parameter(description = "姓名：默认匹配开头，nameMode=contains 时匹配任意位置")
    private String name;
    @Parameter(description = "姓名匹配方式：prefix（开头是，默认）或 contains（包含）")
    private NameMode nameMode;
    @Parameter(description = "专业领域，包含该文字即可")
    private String field;
    @Parameter(description = "职称，包含该文字即可")
    private String title;
    @Parameter(description = "年龄段（按今年减出生年份）")
    private AgeBand age;
    @Parameter(description = "会员状态")
    private MemberStatus status;
    @Parameter(description = "性别：M 男，F 女")
    private Gender gender;
    @Parameter(description = "排序；默认按单位")
    private MemberSort sort;
    @Parameter(description = "页码，从 1 开始")
    private Integer page;
    @Parameter(description = "每页条数，默认 20，最多 200")
    private Integer size;

    /** How a name matches; spelled as the query parameter is written, so a typo is refused instead of ignored. */
    public enum NameMode { prefix, contains }

    MemberFilter filter() {
        return new MemberFilter(unitId, name, nameMode == NameMode.contains, field, title, age, status, gender, sort);
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

    public NameMode getNameMode() {
        return nameMode;
    }

    public void setNameMode(NameMode nameMode) {
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
