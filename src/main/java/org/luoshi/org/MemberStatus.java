package org.luoshi.org;

import java.util.EnumSet;
import java.util.Set;

/**
 * 会员状态. A member is suspended and reinstated, withdraws (and may rejoin), or dies; a death is final.
 */
public enum MemberStatus {
    /** 正常 */
    ACTIVE,
    /** 暂停 */
    SUSPENDED,
    /** 退会 */
    WITHDRAWN,
    /** 已故 */
    DECEASED;

    /** The statuses a member in this status may move to. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(SUSPENDED, WITHDRAWN, DECEASED);
            case SUSPENDED -> EnumSet.of(ACTIVE, WITHDRAWN, DECEASED);
            case WITHDRAWN -> EnumSet.of(ACTIVE, DECEASED);
            case DECEASED -> EnumSet.noneOf(MemberStatus.class);
        };
    }

    public boolean mayBecome(MemberStatus target) {
        return next().contains(target);
    }
}
