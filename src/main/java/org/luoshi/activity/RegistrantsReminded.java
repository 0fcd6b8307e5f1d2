package org.luoshi.activity;

import java.time.Instant;
import java.util.List;

/** 活动提醒: the activity is tomorrow; each registered member not yet reminded is told once (in-app and e-mail). */
public record RegistrantsReminded(long activityId, String title, Instant startsAt, String place,
        List<Registrant> registrants) {

    public RegistrantsReminded {
        registrants = List.copyOf(registrants);
    }
}
