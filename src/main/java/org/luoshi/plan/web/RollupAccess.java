package org.luoshi.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupItemBreakdown;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.security.Role;
import org.springframework.stereotype.Component;

/** Who may see a roll-up, and of what: the page and the API ask the same questions here. */
@Component
class RollupAccess {

    private final PlanRollups rollups;
    private final Clock clock;

    RollupAccess(PlanRollups rollups, Clock clock) {
        this.rollups = rollups;
        this.clock = clock;
    }

    /** Today on the business clock: the day every page and export of the roll-up is "as of". */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The plan seen from {@code unitId} (default: the actor's unit). Members may not see roll-ups (403); a plan or
     * unit outside the actor's subtree is "not found" (404), so its existence is not revealed.
     */
    RollupScope scope(long planId, Long unitId) {
        Actor actor = CurrentActor.get();
        if (!actor.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.LEADER)) {
            throw BusinessException.forbidden("rollup.forbidden");
        }
        return rollups.scope(planId, unitId == null ? actor.unitId() : unitId, actor)
                .orElseThrow(() -> BusinessException.notFound("rollup.notFound"));
    }

    /** One actionable item of the plan per child unit; an item not of this plan is "not found" (404). */
    RollupItemBreakdown item(RollupScope scope, long itemId, LocalDate asOf) {
        return rollups.itemByChildUnit(scope, asOf, itemId)
                .orElseThrow(() -> BusinessException.notFound("rollup.item.notFound"));
    }

    /** The report's day: today when not given; never in the future, when nothing is known yet. */
    LocalDate reportDate(String date) {
        if (date == null || date.isBlank()) {
            return today();
        }
        try {
            LocalDate day = LocalDate.parse(date.trim());
            if (day.isAfter(today())) {
                throw BusinessException.invalid("date", "rollup.date.future");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("date", "rollup.date.invalid", date);
        }
    }
}
