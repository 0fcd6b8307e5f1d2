package org.luoshi.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lock-out after repeated failed logins (等保 2.0 登录失败处理): {@code maxAttempts} consecutive failures lock the
 * username for {@code duration}; a successful login resets the count.
 */
@ConfigurationProperties("luoshi.security.lockout")
public record LockoutProperties(int maxAttempts, Duration duration) {

    public LockoutProperties {
        if (maxAttempts <= 0) {
            maxAttempts = 5;
        }
        if (duration == null || duration.isZero() || duration.isNegative()) {
            duration = Duration.ofMinutes(15);
        }
    }
}
