package org.luoshi.org;

/** Kinds of unit in an association's tree (组织类型). */
public enum UnitType {
    /** 全国性协会（根） */
    NATIONAL,
    /** 省级老科协 */
    PROVINCIAL,
    /** 市级老科协 */
    PREFECTURE,
    /** 县级老科协 */
    COUNTY,
    /** 分会 */
    BRANCH,
    /** 专门委员会 */
    COMMITTEE,
    /** 企事业单位老科协 */
    ENTERPRISE,
    /** 团体会员单位 */
    GROUP_MEMBER
}
