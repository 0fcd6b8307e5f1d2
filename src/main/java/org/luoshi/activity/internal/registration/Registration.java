package org.luoshi.activity.internal.registration;

import java.time.Instant;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityStatus;
import org.luoshi.activity.internal.activity.ActivityDetails;
import org.luoshi.org.MemberRef;
import org.luoshi.org.MemberStatus;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;

/**
 * 报名: one member's registration for an activity. The one place its rules live: registration is open from the
 * window's start until it closes (or the activity starts), to members of the audience's subtree (any member when
 * the activity is open to the public); a member registers themselves, their unit's staff (and the staff above) may
 * register them or cancel for them; the organiser's staff decide on pending ones (待审核 → 通过/不通过).
 */
public record Registration(long id, long activityId, long memberId, String memberName, long unitId, String unitPath,
        String unitName, RegistrationStatus status, Instant queuedAt, Instant createdAt, String reason,
        int version) {

    /** The member may be registered for the activity now; else why not, as a Chinese message key. */
    public static void requireOpen(Activity activity, MemberRef member, Instant now) {
        String refusal = refusal(activity, member, now);
        if (refusal != null) {
            throw BusinessException.conflict(refusal);
        }
    }

    /** Whether the page offers 报名 to the member. */
    public static boolean isOpen(Activity activity, MemberRef member, Instant now) {
        return refusal(activity, member, now) == null;
    }

    /** Whether registration is open at all now (the window and the activity's state), whoever asks. */
    public static boolean windowOpen(Activity activity, Instant now) {
        ActivityDetails d = activity.details();
        Instant closes = d.registrationClosesAt() == null ? d.startsAt() : d.registrationClosesAt();
        return activity.status() == ActivityStatus.PLANNED
                && (d.registrationOpensAt() == null || !now.isBefore(d.registrationOpensAt()))
                && now.isBefore(closes);
    }

    /** The unit's staff (and those above it) register its members and cancel for them. */
    public static boolean mayRegisterFor(Actor actor, MemberRef member) {
        return ActivityRoles.isStaff(actor) && actor.covers(member.unitPath());
    }

    /** 报名名单: the organiser's staff see everyone; other staff see their own subtree's members. */
    public static boolean mayReadRoster(Actor actor, Activity activity) {
        return ActivityRoles.isStaff(actor) && activity.visibleTo(actor);
    }

    /** The member themselves, or staff over their unit, while it is live and the activity has not started. */
    public boolean mayCancel(Actor actor, Long actorMemberId, Activity activity, Instant now) {
        boolean own = actorMemberId != null && actorMemberId == memberId;
        return status.isLive() && activity.status() == ActivityStatus.PLANNED
                && now.isBefore(activity.details().startsAt())
                && (own || ActivityRoles.isStaff(actor) && actor.covers(unitPath));
    }

    /** 审核: the organiser's staff, while it is pending. */
    public boolean mayDecide(Actor actor, Activity activity) {
        return status == RegistrationStatus.PENDING && activity.mayEdit(actor);
    }

    /** Where a registration that is given a place goes: straight in, or to review when the activity asks for it. */
    static RegistrationStatus placed(Activity activity) {
        return placed(activity.details().approvalRequired());
    }

    static RegistrationStatus placed(boolean approvalRequired) {
        return approvalRequired ? RegistrationStatus.PENDING : RegistrationStatus.REGISTERED;
    }

    private static String refusal(Activity activity, MemberRef member, Instant now) {
        if (activity.status() != ActivityStatus.PLANNED) {
            return "registration.activityClosed";
        }
        ActivityDetails d = activity.details();
        if (d.registrationOpensAt() != null && now.isBefore(d.registrationOpensAt())) {
            return "registration.notYetOpen";
        }
        if (!windowOpen(activity, now)) {
            return "registration.closed";
        }
        if (member.status() != MemberStatus.ACTIVE) {
            return "registration.memberInactive";
        }
        if (!d.openToPublic() && !member.isWithin(d.audience().path())) {
            return "registration.outsideAudience";
        }
        return null;
    }
}
