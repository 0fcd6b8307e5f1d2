package org.luoshi.activity.internal.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.luoshi.activity.Registrant;
import org.luoshi.activity.RegistrationPromoted;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityRepository;
import org.luoshi.audit.AuditTrail;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The booking steps, run inside the caller's transaction (the desk's or a bulk registration's). Not transactional
 * itself on purpose: a row of a bulk registration refused here must not mark the whole import's transaction for
 * rollback, so that the good rows are kept.
 */
@Component
class Booking {

    private final RegistrationRepository registrations;
    private final ActivityRepository activities;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Booking(RegistrationRepository registrations, ActivityRepository activities, AccountDirectory accounts,
            AuditTrail audit, Messages messages, ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.activities = activities;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A place if one is free for the member's unit, else the waiting list. The rules about the member are checked
     * first, without the lock; what decides the place (the capacity, the shares, the places held, the activity still
     * planned, approval) is read under the lock and the registration written before it is released, so that the
     * lock is held for as few statements as possible while hundreds queue for it.
     */
    RegistrationDesk.Outcome book(Actor actor, long activityId, MemberRef member) {
        Activity activity = visible(activityId, actor);
        Instant now = clock.instant();
        Registration.requireOpen(activity, member, now);
        if (registrations.live(activityId, member.id()).isPresent()) {
            throw BusinessException.conflict("registration.twice", member.name());
        }
        RegistrationRepository.Terms terms = registrations.lockTerms(activityId)
                .orElseThrow(() -> BusinessException.notFound("activity.notFound"));
        if (!terms.planned()) {
            throw BusinessException.conflict("registration.activityClosed");
        }
        Places places = places(activityId, terms.capacity(), now);
        RegistrationStatus status = places.hasRoomFor(member.unitPath())
                ? Registration.placed(terms.approvalRequired()) : RegistrationStatus.WAITING;
        // a second booking of the same member that slipped past the check above finds the unique index here
        long id = registrations.insertOnce(activityId, member.id(), status, actor.accountId(), now)
                .orElseThrow(() -> BusinessException.conflict("registration.twice", member.name()));
        audit.record("activity.registration.create", "activity_registration", id, member.unitPath(),
                messages.get("registration.audit.create", member.name(), activity.details().title(),
                        label(status)), null, status);
        return new RegistrationDesk.Outcome(id, member.id(), member.name(), status);
    }

    /** Moves the waiting list up, in the order they came, as far as places have come free; under the lock. */
    void promote(Activity activity, Instant now) {
        Places places = places(activity, now);
        if (!places.anyRoom()) {
            return;
        }
        for (Registration waiting : registrations.waiting(activity.id())) {
            if (places.hasRoomFor(waiting.unitPath())) {
                RegistrationStatus status = Registration.placed(activity);
                registrations.changeStatus(waiting.id(), status, null, null, now);
                places.take(waiting.unitPath());
                audit.record("activity.registration.promote", "activity_registration", waiting.id(),
                        waiting.unitPath(), messages.get("registration.audit.promote", waiting.memberName(),
                                activity.details().title()), RegistrationStatus.WAITING, status);
                events.publishEvent(new RegistrationPromoted(activity.id(), activity.details().title(),
                        activity.details().startsAt(), registrant(waiting),
                        status == RegistrationStatus.PENDING));
                if (!places.anyRoom()) {
                    return;
                }
            }
        }
    }

    /** The places of the activity now, counted from the registrations under the lock the caller holds. */
    Places places(Activity activity, Instant now) {
        return places(activity.id(), activity.details().capacity(), now);
    }

    private Places places(long activityId, Integer capacity, Instant now) {
        List<Allocation> shares = registrations.allocations(activityId).stream().filter(s -> s.activeAt(now))
                .toList();
        return Places.of(capacity, shares, registrations.held(activityId, !shares.isEmpty()));
    }

    /** Takes the activity's lock and reads it; one the actor may not see is not found. */
    Activity locked(long activityId, Actor actor) {
        if (!registrations.lock(activityId)) {
            throw BusinessException.notFound("activity.notFound");
        }
        return activities.find(activityId).filter(a -> actor == null || a.visibleTo(actor))
                .orElseThrow(() -> BusinessException.notFound("activity.notFound"));
    }

    /** Reads the activity without a lock, for what only looks; one the actor may not see is not found. */
    Activity visible(long activityId, Actor actor) {
        return activities.find(activityId).filter(a -> a.visibleTo(actor))
                .orElseThrow(() -> BusinessException.notFound("activity.notFound"));
    }

    Registrant registrant(Registration r) {
        Map<Long, Long> logins = accounts.loginsOf(List.of(r.memberId()));
        return new Registrant(r.memberId(), r.memberName(), r.unitId(), logins.get(r.memberId()));
    }

    String label(RegistrationStatus status) {
        return messages.get("registration.status." + status.name());
    }
}
