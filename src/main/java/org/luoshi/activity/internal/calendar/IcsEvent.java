package org.luoshi.activity.internal.calendar;

import java.time.Instant;

/**
 * One event of an iCalendar file, as a calendar app shows it.
 *
 * @param uid      stable across downloads, so a subscribed app updates the event instead of adding a copy
 * @param sequence grows with every revision (the activity's version), so apps take the newer one
 * @param url      the activity's page (absolute), or null
 */
public record IcsEvent(String uid, int sequence, String title, String description, String location, String url,
        Instant startsAt, Instant endsAt, boolean cancelled) {
}
