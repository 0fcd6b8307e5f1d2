package org.luoshi.shared.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" for the whole application, in the association's zone ({@code luoshi.zone}). Nothing
 * else calls {@code Instant.now()} or {@code LocalDate.now()}: tests and the demo move this clock to see what
 * happens after fifteen minutes or five weeks without waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class BusinessClockConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    BusinessClock clock(@Value("${" + BusinessZone.PROPERTY + ":Asia/Shanghai}") String zone) {
        return new BusinessClock(Clock.system(ZoneId.of(zone)));
    }
}
