package org.luoshi.activity.internal.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityRepository;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报名 as the activity's page and the API show it to the reader: the counts, the reader's own registration and the
 * actions they may take, each asked of the rules ({@link Registration}).
 */
@Component
public class RegistrationPanel {

    private final RegistrationDesk desk;
    private final RegistrationRepository registrations;
    private final RegistrationQueries queries;
    private final ActivityRepository activities;
    private final Clock clock;

    RegistrationPanel(RegistrationDesk desk, RegistrationRepository registrations, RegistrationQueries queries,
            ActivityRepository activities, Clock clock) {
        this.desk = desk;
        this.registrations = registrations;
        this.queries = queries;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * @param mine     the reader's own live registration, or null
     * @param position the reader's place in the waiting list, or null
     */
    public record RegistrationSummary(long activityId, Integer capacity, int registered, int pending, int waiting,
            boolean windowOpen, Registration mine, Long position, RegistrationActions actions) {
    }

    public record RegistrationActions(boolean register, boolean cancel, boolean roster, boolean registerOthers) {
    }

    @Transactional(readOnly = true)
    public RegistrationSummary of(long activityId, Actor actor) {
        Activity activity = activities.find(activityId).filter(a -> a.visibleTo(actor))
                .orElseThrow(() -> BusinessException.notFound("activity.notFound"));
        Instant now = clock.instant();
        Optional<MemberRef> me = desk.self(actor);
        Registration mine = me.flatMap(m -> registrations.live(activityId, m.id())).orElse(null);
        Map<RegistrationStatus, Integer> counts = queries.counts(activityId);
        Long position = mine != null && mine.status() == RegistrationStatus.WAITING
                ? queries.position(mine.id()) : null;
        boolean open = Registration.windowOpen(activity, now);
        RegistrationActions actions = new RegistrationActions(mine == null && me.filter(m -> Registration.isOpen(activity, m, now)).isPresent(),
                mine != null && mine.mayCancel(actor, me.get().id(), activity, now),
                Registration.mayReadRoster(actor, activity),
                open && ActivityRoles.isStaff(actor) && activity.visibleTo(actor));
        return new RegistrationSummary(activityId, activity.details().capacity(), counts.get(RegistrationStatus.REGISTERED),
                counts.get(RegistrationStatus.PENDING), counts.get(RegistrationStatus.WAITING), open, mine, position,
                actions);
    }
}
