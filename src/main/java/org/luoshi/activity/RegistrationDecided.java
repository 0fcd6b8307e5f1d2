package org.luoshi.activity;

import java.time.Instant;

/** 报名审核: the organiser's staff approved (通过) or refused (不通过, with the reason) a pending registration. */
public record RegistrationDecided(long activityId, String title, Instant startsAt, Registrant registrant,
        boolean approved, String reason) {
}
