package org.luoshi.activity.web;

import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** The unit whose calendar is asked for: the actor's own by default, or a unit of their subtree; others are 404. */
@Component
class ActivityScope {

    private final UnitDirectory units;

    ActivityScope(UnitDirectory units) {
        this.units = units;
    }

    UnitRef unit(Actor actor, Long unitId) {
        long id = unitId == null ? actor.unitId() : unitId;
        return units.find(id).filter(u -> u.isWithin(actor.unitPath()))
                .orElseThrow(() -> BusinessException.notFound("activity.unit.notFound"));
    }
}
