package org.luoshi.activity.internal.checkin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 签到 settings: the screen's code changes every {@code rotation}, and the code just replaced is still taken for
 * {@code grace} (someone who scanned it a moment before it changed is not turned away). Check-ins by name and phone
 * suffix that fit nobody are counted per activity and client address: {@code maxProbes} within {@code probeWindow},
 * then that client is refused until the window has passed.
 */
@ConfigurationProperties("luoshi.activity.checkin")
public record CheckinProperties(Duration rotation, Duration grace, Integer maxProbes, Duration probeWindow) {

    public CheckinProperties {
        if (rotation == null || rotation.toSeconds() < 5) {
            rotation = Duration.ofSeconds(30);
        }
        if (grace == null || grace.isNegative() || grace.compareTo(rotation) > 0) {
            grace = Duration.ofSeconds(10);
        }
        if (maxProbes == null || maxProbes < 1) {
            maxProbes = 20;
        }
        if (probeWindow == null || probeWindow.isNegative() || probeWindow.isZero()) {
            probeWindow = Duration.ofMinutes(10);
        }
    }
}
