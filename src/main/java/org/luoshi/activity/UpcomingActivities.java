package org.luoshi.activity;

import java.time.Instant;
import java.util.List;
import org.luoshi.shared.security.Actor;

/**
 * 近期活动: the next activities a person sees (organised in their subtree, or open to their unit), for the 工作台.
 */
public interface UpcomingActivities {

    /** The next planned activities from now, soonest first, at most {@code limit}. */
    List<UpcomingActivity> next(Actor actor, int limit);

    /**
     * One of them.
     *
     * @param place the address, or null for an activity held online only
     */
    record UpcomingActivity(long id, String title, ActivityKind kind, Instant startsAt, String unitName,
            String place) {
    }
}
