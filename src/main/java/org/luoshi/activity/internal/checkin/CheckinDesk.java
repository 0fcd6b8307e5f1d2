package org.luoshi.activity.internal.checkin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityStatus;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;

/**
 * 签到台: an activity as check-in sees it, with its window; the one place the rules of check-in live. The organiser's
 * staff (and the staff of the units above it) run the screen, the roll call, walk-ins and the paper sheet; people
 * check in while the window is open (a cancelled activity never is); a member checks in to an activity addressed to
 * their subtree, or to one open to the public; the paper sheet is entered once the window has opened, also long after.
 */
public record CheckinDesk(Activity activity, CheckinWindow window) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public boolean mayRun(Actor actor) {
        return ActivityRoles.isStaff(actor) && actor.covers(activity.unitPath());
    }

    public void guardRun(Actor actor) {
        if (!mayRun(actor)) {
            throw BusinessException.forbidden("activity.checkin.forbidden");
        }
    }

    public Instant opensAt() {
        return window.opensAt(activity.details().startsAt());
    }

    public Instant closesAt() {
        return window.closesAt(activity.details().endsAt());
    }

    public boolean isOpen(Instant now) {
        return !cancelled() && !now.isBefore(opensAt()) && !now.isAfter(closesAt());
    }

    /** Refuses a check-in outside the window, saying when it is open. */
    public void requireOpen(Instant now, ZoneId zone) {
        if (cancelled()) {
            throw BusinessException.conflict("activity.checkin.cancelled");
        }
        if (now.isBefore(opensAt())) {
            throw BusinessException.conflict("activity.checkin.notYetOpen", at(opensAt(), zone), at(closesAt(), zone));
        }
        if (now.isAfter(closesAt())) {
            throw BusinessException.conflict("activity.checkin.closed", at(closesAt(), zone));
        }
    }

    /** The paper sheet is entered after check-in has opened, however long after. */
    public void requireSheetAllowed(Instant now, ZoneId zone) {
        if (cancelled()) {
            throw BusinessException.conflict("activity.checkin.cancelled");
        }
        if (now.isBefore(opensAt())) {
            throw BusinessException.conflict("activity.checkin.notYetOpen", at(opensAt(), zone), at(closesAt(), zone));
        }
    }

    public boolean admits(MemberRef member) {
        return activity.details().openToPublic() || member.isWithin(activity.details().audience().path());
    }

    public void requireAdmits(MemberRef member) {
        if (!admits(member)) {
            throw BusinessException.conflict("activity.checkin.notInAudience", member.name(),
                    activity.details().audience().name());
        }
    }

    /** Where a person without an account is looked for: the audience's subtree, or everywhere when open to all. */
    public String lookupScope() {
        return activity.details().openToPublic() ? "/" : activity.details().audience().path();
    }

    public String title() {
        return activity.details().title();
    }

    private boolean cancelled() {
        return activity.status() == ActivityStatus.CANCELLED;
    }

    private static String at(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }
}
