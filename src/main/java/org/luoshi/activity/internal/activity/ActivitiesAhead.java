package org.luoshi.activity.internal.activity;

import java.time.Clock;
import java.util.List;
import org.luoshi.activity.UpcomingActivities;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Service;

/** 近期活动 for the 工作台, from the calendar's own query on the business clock. */
@Service
class ActivitiesAhead implements UpcomingActivities {

    private final ActivityQueries queries;
    private final Clock clock;

    ActivitiesAhead(ActivityQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public List<UpcomingActivity> next(Actor actor, int limit) {
        return queries.upcoming(actor, clock.instant(), limit).stream()
                .map(e -> new UpcomingActivity(e.id(), e.title(), e.kind(), e.startsAt(), e.unitName(), e.place()))
                .toList();
    }
}
