package org.luoshi.activity.internal.checkin;

import java.time.Duration;
import java.time.Instant;
import org.luoshi.shared.error.BusinessException;

/**
 * 签到时间: check-in opens {@code opensBeforeMinutes} before the activity starts and closes
 * {@code closesAfterMinutes} after it ends (by default from an hour before the start until the end).
 */
public record CheckinWindow(int opensBeforeMinutes, int closesAfterMinutes) {

    public static final CheckinWindow DEFAULT = new CheckinWindow(60, 0);
    static final int MAX_MINUTES = 1440;

    /** A window as typed, each bound checked and named in the error. */
    public static CheckinWindow of(Integer opensBeforeMinutes, Integer closesAfterMinutes) {
        return new CheckinWindow(minutes("opensBeforeMinutes", opensBeforeMinutes),
                minutes("closesAfterMinutes", closesAfterMinutes));
    }

    public Instant opensAt(Instant startsAt) {
        return startsAt.minus(Duration.ofMinutes(opensBeforeMinutes));
    }

    public Instant closesAt(Instant endsAt) {
        return endsAt.plus(Duration.ofMinutes(closesAfterMinutes));
    }

    private static int minutes(String field, Integer value) {
        if (value == null) {
            throw BusinessException.invalid(field, "activity.checkin.window.required");
        }
        if (value < 0 || value > MAX_MINUTES) {
            throw BusinessException.invalid(field, "activity.checkin.window.range", MAX_MINUTES);
        }
        return value;
    }
}
