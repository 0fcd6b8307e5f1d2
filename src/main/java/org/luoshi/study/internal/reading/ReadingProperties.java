package org.luoshi.study.internal.reading;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a section must be read before it counts ({@code luoshi.study.reading.*}).
 *
 * @param charsPerSecond reading speed the dwell is measured by: a section of 600 characters at 10 needs 60 s
 * @param minimumDwell the least time any section needs, however short
 * @param clockSkew how far a client's clock may run ahead of the business clock before an event is "from the future"
 * @param maxEventDwell the largest visible time one event may report; more is refused as bad input
 * @param slack added to the real time since the previous event when capping an event's dwell (network jitter)
 */
@ConfigurationProperties("luoshi.study.reading")
public record ReadingProperties(Double charsPerSecond, Duration minimumDwell, Duration clockSkew,
        Duration maxEventDwell, Duration slack) {

    public ReadingProperties {
        charsPerSecond = charsPerSecond == null || charsPerSecond <= 0 ? 10.0 : charsPerSecond;
        minimumDwell = minimumDwell == null ? Duration.ofSeconds(10) : minimumDwell;
        clockSkew = clockSkew == null ? Duration.ofMinutes(2) : clockSkew;
        maxEventDwell = maxEventDwell == null ? Duration.ofHours(1) : maxEventDwell;
        slack = slack == null ? Duration.ofSeconds(3) : slack;
    }

    public DwellRule rule() {
        return new DwellRule(charsPerSecond, minimumDwell.toMillis(), slack.toMillis());
    }
}
