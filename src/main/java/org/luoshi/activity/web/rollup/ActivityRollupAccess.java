package org.luoshi.activity.web.rollup;

import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Who reads 活动统计, and of which unit: staff, editors and leaders (who read the subtree's activities), for their own
 * unit by default or any unit of their subtree; a unit outside it is 404, as if it did not exist.
 */
@Component
class ActivityRollupAccess {

    private final UnitDirectory units;

    ActivityRollupAccess(UnitDirectory units) {
        this.units = units;
    }

    UnitRef unit(Actor actor, Long unitId) {
        if (!ActivityRoles.readsSubtree(actor)) {
            throw BusinessException.forbidden("activity.forbidden");
        }
        long id = unitId == null ? actor.unitId() : unitId;
        return units.find(id).filter(u -> u.isWithin(actor.unitPath()))
                .orElseThrow(() -> BusinessException.notFound("activity.unit.notFound"));
    }
}
