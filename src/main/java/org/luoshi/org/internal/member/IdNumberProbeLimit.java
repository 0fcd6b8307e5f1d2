package org.luoshi.org.internal.member;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many times an account may enter an ID number that is registered outside its subtree ({@code maxAttempts})
 * within {@code window} before it may enter no ID number at all until the window has passed.
 */
@ConfigurationProperties("luoshi.members.id-number-probes")
public record IdNumberProbeLimit(Integer maxAttempts, Duration window) {

    public IdNumberProbeLimit {
        if (maxAttempts == null) {
            maxAttempts = 10;
        }
        if (window == null) {
            window = Duration.ofDays(1);
        }
    }
}
