package org.luoshi.activity.internal.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 名额分配: the organiser's staff give a unit of the subtree a share of the capacity (浙江 gives 杭州 20 of its 50);
 * that unit's staff may split its share further (杭州 gives 西湖区 5 of its 20). Never more than the parent has left,
 * never less than what is split below; after {@code returnsAt} unused places go back to the pool.
 */
@Service
@Transactional
public class PlaceShares {

    static final int MAX_PLACES = 100_000;

    private final Booking booking;
    private final RegistrationRepository registrations;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    PlaceShares(Booking booking, RegistrationRepository registrations, UnitDirectory units, AuditTrail audit,
            Messages messages, Clock clock) {
        this.booking = booking;
        this.registrations = registrations;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A share as its page shows it: {@code active} false once returned to the pool. */
    public record PlaceShare(long unitId, String unitName, int places, Instant returnsAt, boolean active) {
    }

    @Transactional(readOnly = true)
    public List<PlaceShare> list(Actor actor, long activityId) {
        Activity activity = booking.visible(activityId, actor);
        if (!Registration.mayReadRoster(actor, activity)) {
            throw BusinessException.forbidden("registration.roster.forbidden");
        }
        Instant now = clock.instant();
        return registrations.allocations(activityId).stream()
                .map(a -> new PlaceShare(a.unitId(), a.unitName(), a.places(), a.returnsAt(), a.activeAt(now))).toList();
    }

    /** Sets the unit's share ({@code places} 0 takes it back). */
    public void allocate(Actor actor, long activityId, Long unitId, Integer places, LocalDateTime returnsAt) {
        Activity activity = booking.locked(activityId, actor);
        UnitRef unit = unitId == null ? null : units.find(unitId)
                .filter(u -> u.id() != activity.unitId() && u.isWithin(activity.details().audience().path()))
                .orElse(null);
        if (unit == null) {
            throw BusinessException.invalid("unitId", "registration.places.unitOutside");
        }
        if (places == null || places < 0 || places > MAX_PLACES) {
            throw BusinessException.invalid("places", "registration.places.range", MAX_PLACES);
        }
        Instant now = clock.instant();
        Instant returns = returnsAt == null ? null : returnsAt.atZone(clock.getZone()).toInstant();
        if (returns != null && (!returns.isAfter(now) || returns.isAfter(activity.details().startsAt()))) {
            throw BusinessException.invalid("returnsAt", "registration.places.returnsAt");
        }
        Places current = booking.places(activity, now);
        requireAuthority(actor, activity, current.parentOf(unit.path()));
        current.requireShare(unit.path(), places);
        if (places == 0) {
            registrations.deleteAllocation(activityId, unit.id());
        } else {
            registrations.saveAllocation(activityId, new Allocation(unit.id(), unit.path(), unit.name(), places,
                    returns), actor.accountId(), now);
        }
        audit.record("activity.registration.places", "activity", activityId, unit.path(),
                messages.get("registration.audit.places", activity.details().title(), unit.name(), places), null,
                places);
        booking.promote(activity, now);
    }

    /** The common pool is the organiser's to share; a unit's share is its own staff's (or those above) to split. */
    private static void requireAuthority(Actor actor, Activity activity, String parent) {
        boolean allowed = parent.equals(Places.POOL) ? activity.mayEdit(actor)
                : ActivityRoles.isStaff(actor) && actor.covers(parent);
        if (!allowed) {
            throw BusinessException.forbidden("registration.places.forbidden");
        }
    }
}
