package org.luoshi.plan.internal.rollup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code luoshi.rollup.acknowledge-within-days}: a unit that has not acknowledged a plan more than this many days
 * after it was issued counts as a laggard (default 7, the customer's usual one-week turnaround).
 */
@ConfigurationProperties("luoshi.rollup")
record RollupProperties(Integer acknowledgeWithinDays) {

    RollupProperties {
        if (acknowledgeWithinDays == null || acknowledgeWithinDays < 0) {
            acknowledgeWithinDays = 7;
        }
    }
}
