package org.luoshi.activity;

import java.time.Instant;

/**
 * 候补转正: a place came free (a cancellation, a refusal, more places, a unit's unused share returned) and the first
 * member waiting for it moved up; {@code pendingReview} when the activity still asks the organiser to approve.
 */
public record RegistrationPromoted(long activityId, String title, Instant startsAt, Registrant registrant,
        boolean pendingReview) {
}
