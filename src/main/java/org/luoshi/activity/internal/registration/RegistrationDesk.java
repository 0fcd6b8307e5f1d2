package org.luoshi.activity.internal.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.activity.Registrant;
import org.luoshi.activity.RegistrationDecided;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityRepository;
import org.luoshi.activity.internal.activity.PlacesTaken;
import org.luoshi.audit.AuditTrail;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报名 desk: registers members (themselves, or by their unit's staff), cancels, decides on pending registrations and
 * moves the waiting list up. Every booking first takes the activity row's lock (select … for update, as pretix does)
 * and then counts the places held from the registrations themselves, so that however many register at once the
 * capacity is never exceeded; whoever finds no place waits (候补) and is moved up, in the order they came, as soon as
 * one comes free, told at once through {@link RegistrationPromoted}.
 */
@Service
@Transactional
public class RegistrationDesk implements PlacesTaken {

    static final int MAX_REASON = 500;

    private final Booking booking;
    private final RegistrationRepository registrations;
    private final ActivityRepository activities;
    private final MemberDirectory members;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationDesk(Booking booking, RegistrationRepository registrations, ActivityRepository activities,
            MemberDirectory members, AccountDirectory accounts, AuditTrail audit, Messages messages,
            ApplicationEventPublisher events, Clock clock) {
        this.booking = booking;
        this.registrations = registrations;
        this.activities = activities;
        this.members = members;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** What a booking gave: a place (or a pending one), or a place on the waiting list. */
    public record Outcome(long registrationId, long memberId, String memberName, RegistrationStatus status) {
    }

    /** The member the actor's login belongs to, if any (staff accounts usually have none). */
    @Transactional(readOnly = true)
    public Optional<MemberRef> self(Actor actor) {
        return accounts.memberOf(actor.accountId()).map(id -> members.findAll(List.of(id)).get(id));
    }

    /** 报名: the actor registers themselves. */
    public Outcome registerSelf(Actor actor, long activityId) {
        MemberRef me = self(actor).orElseThrow(() -> BusinessException.forbidden("registration.notMember"));
        return book(actor, activityId, me);
    }

    /** 代为报名: staff register a member of their subtree (one without a smartphone, or many in turn). */
    public Outcome registerFor(Actor actor, long activityId, long memberId) {
        return book(actor, activityId, memberFor(actor, memberId));
    }

    /** The member of the actor's subtree, as staff may register them; anyone else is not found. */
    MemberRef memberFor(Actor actor, long memberId) {
        MemberRef member = members.findAll(List.of(memberId)).get(memberId);
        if (member == null || !Registration.mayRegisterFor(actor, member)) {
            throw BusinessException.invalid("memberId", "registration.member.notFound");
        }
        return member;
    }

    Outcome book(Actor actor, long activityId, MemberRef member) {
        return booking.book(actor, activityId, member);
    }

    /** 取消报名: by the member or their unit's staff; the place it held goes to the first who waits for it. */
    public void cancel(Actor actor, long registrationId) {
        Registration before = visible(registrationId, actor);
        Activity activity = locked(before.activityId(), actor);
        Registration current = registrations.find(registrationId).orElseThrow();
        Instant now = clock.instant();
        if (!current.status().isLive()) {
            throw BusinessException.conflict("registration.cancel.notLive");
        }
        if (!current.mayCancel(actor, self(actor).map(MemberRef::id).orElse(null), activity, now)) {
            throw BusinessException.forbidden("registration.cancel.forbidden");
        }
        registrations.changeStatus(registrationId, RegistrationStatus.CANCELLED, actor.accountId(), null, now);
        audit.record("activity.registration.cancel", "activity_registration", registrationId, current.unitPath(),
                messages.get("registration.audit.cancel", current.memberName(), activity.details().title()),
                current.status(), RegistrationStatus.CANCELLED);
        if (current.status().holdsPlace()) {
            promote(activity, now);
        }
    }

    /** 审核: 通过 keeps the place; 不通过 (with the reason) gives it to the first who waits. */
    public void decide(Actor actor, long registrationId, boolean approve, String reason) {
        Registration before = visible(registrationId, actor);
        Activity activity = locked(before.activityId(), actor);
        Registration current = registrations.find(registrationId).orElseThrow();
        if (!activity.mayEdit(actor)) {
            throw BusinessException.forbidden("registration.decide.forbidden");
        }
        if (!current.mayDecide(actor, activity)) {
            throw BusinessException.conflict("registration.decide.notPending");
        }
        String why = reason == null ? "" : reason.strip();
        if (!approve && why.isEmpty()) {
            throw BusinessException.invalid("reason", "registration.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw BusinessException.invalid("reason", "registration.reason.tooLong", MAX_REASON);
        }
        Instant now = clock.instant();
        RegistrationStatus status = approve ? RegistrationStatus.REGISTERED : RegistrationStatus.REJECTED;
        registrations.changeStatus(registrationId, status, actor.accountId(), why.isEmpty() ? null : why, now);
        audit.record("activity.registration.decide", "activity_registration", registrationId, current.unitPath(),
                messages.get("registration.audit.decide", current.memberName(), activity.details().title(),
                        label(status)), current.status(), status);
        events.publishEvent(new RegistrationDecided(activity.id(), activity.details().title(),
                activity.details().startsAt(), registrant(current), approve, why.isEmpty() ? null : why));
        if (!approve) {
            promote(activity, now);
        }
    }

    /** A registration the actor may see: their own, or of a member of their subtree for staff; else 404. */
    @Transactional(readOnly = true)
    public Registration visible(long registrationId, Actor actor) {
        Optional<Long> me = accounts.memberOf(actor.accountId());
        return registrations.find(registrationId)
                .filter(r -> me.filter(id -> id == r.memberId()).isPresent()
                        || activities.find(r.activityId()).filter(a -> Registration.mayReadRoster(actor, a)
                                && (a.mayEdit(actor) || actor.covers(r.unitPath()))).isPresent())
                .orElseThrow(() -> BusinessException.notFound("registration.notFound"));
    }

    @Override
    public int minimumCapacity(long activityId) {
        registrations.lock(activityId);
        Activity activity = activities.find(activityId).orElseThrow();
        return booking.places(activity, clock.instant()).minimumCapacity();
    }

    /** More places (or fewer set aside) may let those waiting move up. */
    @Override
    public void revised(long activityId) {
        activities.find(activityId).ifPresent(activity -> promote(activity, clock.instant()));
    }

    private void promote(Activity activity, Instant now) {
        booking.promote(activity, now);
    }

    private Activity locked(long activityId, Actor actor) {
        return booking.locked(activityId, actor);
    }

    private Registrant registrant(Registration r) {
        return booking.registrant(r);
    }

    private String label(RegistrationStatus status) {
        return booking.label(status);
    }
}
