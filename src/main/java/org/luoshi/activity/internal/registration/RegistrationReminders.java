package org.luoshi.activity.internal.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.luoshi.activity.Registrant;
import org.luoshi.activity.RegistrantsReminded;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityRepository;
import org.luoshi.identity.AccountDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 活动提醒 the day before, and unused shares returning to the pool, on the business clock. Every run reminds those
 * registered for tomorrow's activities who were not reminded yet and marks them in the same transaction as the
 * event's notifications, so a run repeated (or run on two nodes) tells nobody twice. Shares that returned since the
 * last run let those waiting move up.
 */
@Component
public class RegistrationReminders {

    /** Returned shares are looked for over this far back: a run missed (a restart) is made up by the next. */
    private static final Duration LOOK_BACK = Duration.ofDays(2);

    private final RegistrationRepository registrations;
    private final ActivityRepository activities;
    private final Booking booking;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationReminders(RegistrationRepository registrations, ActivityRepository activities, Booking booking,
            AccountDirectory accounts, ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.activities = activities;
        this.booking = booking;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${luoshi.activity.reminder-cron:0 */15 * * * *}", zone = "${luoshi.zone:Asia/Shanghai}")
    @SchedulerLock(name = "activity-registration-reminders", lockAtMostFor = "PT14M")
    @Transactional
    public void run() {
        returnShares();
        remindTomorrow();
    }

    /** Reminds those registered for the activities of tomorrow (the business day after today); returns how many. */
    @Transactional
    public int remindTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Instant from = tomorrow.atStartOfDay(clock.getZone()).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Registration> due = registrations.unreminded(from, to);
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, Long> logins = accounts.loginsOf(due.stream().map(Registration::memberId).distinct().toList());
        Map<Long, List<Registration>> byActivity = due.stream()
                .collect(Collectors.groupingBy(Registration::activityId, LinkedHashMap::new, Collectors.toList()));
        byActivity.forEach((activityId, list) -> activities.find(activityId).ifPresent(activity ->
                events.publishEvent(reminded(activity, list, logins))));
        registrations.markReminded(due.stream().map(Registration::id).toList(), clock.instant());
        return due.size();
    }

    /** Shares whose return date passed lately: their unused places go to those waiting, in order. */
    @Transactional
    public void returnShares() {
        Instant now = clock.instant();
        for (long activityId : registrations.sharesReturned(now.minus(LOOK_BACK), now)) {
            Activity activity = booking.locked(activityId, null);
            booking.promote(activity, now);
        }
    }

    private static RegistrantsReminded reminded(Activity activity, List<Registration> list, Map<Long, Long> logins) {
        String place = activity.details().address() != null ? activity.details().address()
                : activity.details().onlineUrl();
        return new RegistrantsReminded(activity.id(), activity.details().title(), activity.details().startsAt(),
                place, list.stream().map(r -> new Registrant(r.memberId(), r.memberName(), r.unitId(),
                        logins.get(r.memberId()))).toList());
    }
}
