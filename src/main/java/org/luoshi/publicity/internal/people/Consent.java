package org.luoshi.publicity.internal.people;

import java.time.Instant;

/** 本人同意: how the person agreed to be shown on the portal, what was noted, who recorded it and when. */
public record Consent(ConsentMethod method, String note, long recordedBy, Instant recordedAt) {
}
