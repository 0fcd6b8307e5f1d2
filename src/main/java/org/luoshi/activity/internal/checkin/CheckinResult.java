package org.luoshi.activity.internal.checkin;

import java.time.Instant;

/**
 * What a check-in came to: counted now, or {@code already} counted at {@code at} (a second scan is an answer, not an
 * error: the person sees 已签到 with the time).
 */
public record CheckinResult(long checkinId, String name, Instant at, CheckinMethod method, boolean already) {
}
