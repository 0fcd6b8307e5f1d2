package org.luoshi.study.internal.group;

import java.time.Instant;

/** One entry of a group's history: when, who, and what changed, as a sentence. */
public record GroupChange(Instant at, String actorName, String summary) {
}
