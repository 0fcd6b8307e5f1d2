package org.luoshi.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.luoshi.activity.Registrant;
import org.luoshi.activity.RegistrantsReminded;
import org.luoshi.activity.RegistrationDecided;
import org.luoshi.activity.RegistrationPromoted;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountDirectory.UnitAccount;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.text.BookTitle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member what concerns their registration (报名): moved up from the waiting list (at once, in the
 * transaction that gave them the place), approved or refused, and the activity tomorrow. A member with a login is
 * told personally (in-app and by e-mail, unless they chose otherwise); for a member without one the staff of their
 * unit are told (代为通知), so that someone phones them. Each notice links to the activity.
 */
@Component
class ActivityNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Notifier notifier;
    private final AccountDirectory accounts;
    private final Messages messages;
    private final Clock clock;

    ActivityNotices(Notifier notifier, AccountDirectory accounts, Messages messages, Clock clock) {
        this.notifier = notifier;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(RegistrationPromoted promoted) {
        String key = promoted.pendingReview() ? "notification.activity.promotedPending"
                : "notification.activity.promoted";
        notifier.send(List.of(notice(promoted.registrant(), NotificationKind.REGISTRATION_PROMOTED, key,
                promoted.activityId(), promoted.title(), promoted.startsAt(), "")));
    }

    @EventListener
    void on(RegistrationDecided decided) {
        String key = decided.approved() ? "notification.activity.approved" : "notification.activity.rejected";
        String reason = decided.reason() == null ? messages.get("notification.text.noComment") : decided.reason();
        notifier.send(List.of(notice(decided.registrant(), NotificationKind.REGISTRATION_DECIDED, key,
                decided.activityId(), decided.title(), decided.startsAt(), reason)));
    }

    @EventListener
    void on(RegistrantsReminded reminded) {
        String place = reminded.place() == null ? "" : reminded.place();
        notifier.send(reminded.registrants().stream().map(r -> notice(r, NotificationKind.ACTIVITY_REMINDER,
                "notification.activity.reminder", reminded.activityId(), reminded.title(), reminded.startsAt(),
                place)).toList());
    }

    /** Texts: {0} the member's name, {1} the activity cited, {2} its start, {3} the detail (reason, place). */
    private Notice notice(Registrant registrant, NotificationKind kind, String key, long activityId, String title,
            Instant startsAt, String detail) {
        Object[] args = {registrant.name(), BookTitle.cite(title), WHEN.format(startsAt.atZone(clock.getZone())),
                detail};
        String link = "/activities/" + activityId;
        // the login's own unit: the notification centre lists what is addressed to the unit the person acts for
        List<UnitAccount> login = registrant.accountId() == null ? List.of()
                : accounts.accounts(List.of(registrant.accountId()));
        if (login.isEmpty()) {
            String forStaff = "notification.activity.forStaff";
            return new Notice(registrant.unitId(), NotificationKind.REGISTRANT_NOTICE,
                    messages.get(forStaff + ".title", registrant.name(), messages.get(key + ".title", args)),
                    messages.get(forStaff + ".body", registrant.name(), messages.get(key + ".body", args)), link,
                    null, null, null, null);
        }
        return new Notice(login.get(0).unitId(), kind, messages.get(key + ".title", args),
                messages.get(key + ".body", args), link, null, null, null, registrant.accountId());
    }
}
