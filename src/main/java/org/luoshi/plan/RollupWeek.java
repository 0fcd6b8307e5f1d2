package org.luoshi.plan;

import java.time.LocalDate;

/**
 * One ISO week (Monday {@code weekStart}, label like 2026-W07) of the trend: what happened in it and the
 * cumulative rates at its end.
 */
public record RollupWeek(LocalDate weekStart, String isoWeek, long acknowledgements, long acceptances,
        long acknowledgedSoFar, long acceptedSoFar, double acknowledgementRate, double completionRate) {
}
