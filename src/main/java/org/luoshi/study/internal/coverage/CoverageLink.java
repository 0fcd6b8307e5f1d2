package org.luoshi.study.internal.coverage;

import java.time.Instant;
import org.luoshi.plan.ItemRef;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/**
 * 覆盖率计入事项: a unit counts the finished share of its subtree for one material toward one plan item whose target
 * is in % (e.g. 80 % of members finished). Its id is the record id of the count.
 */
public record CoverageLink(long id, long unitId, String unitPath, long materialId, String materialTitle,
        ItemRef item, Integer countedPercent, Instant countedAt, Instant createdAt) {

    public static final String KIND = "study.reading";

    /** Who may look at coverage of others at all: administrators and leaders, never a plain member. */
    public static boolean mayView(Actor actor) {
        return actor.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.LEADER);
    }

    /** Only the unit's administrators link its coverage: it is the unit's own count toward its own task. */
    public static boolean mayLink(Actor actor) {
        return actor.mayManage();
    }

    public boolean mayUnlink(Actor actor) {
        return actor.mayManage() && actor.unitId() == unitId;
    }

    public String link() {
        return "/study/coverage/" + materialId + "?unitId=" + unitId;
    }
}
