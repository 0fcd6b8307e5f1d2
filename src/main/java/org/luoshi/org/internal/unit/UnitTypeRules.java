package org.luoshi.org.internal.unit;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.luoshi.org.UnitType;

/**
 * Which unit types may stand under which (上下级类型规则). The rules follow the administrative hierarchy and the
 * association's statutes:
 * <ul>
 * <li>NATIONAL (全国性协会) is the root only; no unit may be created or moved with that type.</li>
 * <li>Under NATIONAL: PROVINCIAL, BRANCH, COMMITTEE, ENTERPRISE, GROUP_MEMBER.</li>
 * <li>Under PROVINCIAL: PREFECTURE, and also COUNTY, because the districts of the four municipalities (北京、天津、
 * 上海、重庆) and the counties governed directly by a province (省直管县, e.g. 仙桃) are county-level units with
 * no prefecture above them; further BRANCH, COMMITTEE, ENTERPRISE, GROUP_MEMBER.</li>
 * <li>Under PREFECTURE: COUNTY, BRANCH, COMMITTEE, ENTERPRISE, GROUP_MEMBER.</li>
 * <li>Under COUNTY: BRANCH, ENTERPRISE, GROUP_MEMBER (township associations are registered as branches).</li>
 * <li>Under BRANCH: BRANCH (sub-branches) and COMMITTEE; under COMMITTEE: COMMITTEE (专业组).</li>
 * <li>Under ENTERPRISE: BRANCH (an enterprise association's own branches).</li>
 * <li>GROUP_MEMBER (团体会员单位) is a leaf: a member organisation has no units of ours below it.</li>
 * </ul>
 * So PREFECTURE stands only under PROVINCIAL, and COUNTY only under PREFECTURE or PROVINCIAL.
 */
public final class UnitTypeRules {

    private static final Map<UnitType, EnumSet<UnitType>> CHILDREN = new EnumMap<>(UnitType.class);

    static {
        CHILDREN.put(UnitType.NATIONAL, EnumSet.of(UnitType.PROVINCIAL, UnitType.BRANCH, UnitType.COMMITTEE,
                UnitType.ENTERPRISE, UnitType.GROUP_MEMBER));
        CHILDREN.put(UnitType.PROVINCIAL, EnumSet.of(UnitType.PREFECTURE, UnitType.COUNTY, UnitType.BRANCH,
                UnitType.COMMITTEE, UnitType.ENTERPRISE, UnitType.GROUP_MEMBER));
        CHILDREN.put(UnitType.PREFECTURE, EnumSet.of(UnitType.COUNTY, UnitType.BRANCH, UnitType.COMMITTEE,
                UnitType.ENTERPRISE, UnitType.GROUP_MEMBER));
        CHILDREN.put(UnitType.COUNTY, EnumSet.of(UnitType.BRANCH, UnitType.ENTERPRISE, UnitType.GROUP_MEMBER));
        CHILDREN.put(UnitType.BRANCH, EnumSet.of(UnitType.BRANCH, UnitType.COMMITTEE));
        CHILDREN.put(UnitType.COMMITTEE, EnumSet.of(UnitType.COMMITTEE));
        CHILDREN.put(UnitType.ENTERPRISE, EnumSet.of(UnitType.BRANCH));
        CHILDREN.put(UnitType.GROUP_MEMBER, EnumSet.noneOf(UnitType.class));
    }

    private UnitTypeRules() {
    }

    public static boolean allows(UnitType parent, UnitType child) {
        return CHILDREN.get(parent).contains(child);
    }

    /** The types a new child of {@code parent} may have, for the form's choice list. */
    public static EnumSet<UnitType> childTypesOf(UnitType parent) {
        return EnumSet.copyOf(CHILDREN.get(parent));
    }
}
