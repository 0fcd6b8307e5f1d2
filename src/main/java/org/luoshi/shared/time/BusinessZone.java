package org.luoshi.shared.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Pins the JVM's default time zone to the association's ({@code luoshi.zone}, Asia/Shanghai unless set) before
 * anything starts. "Today", due dates and days overdue, the dates PostgreSQL derives with {@code ::date} (pgjdbc
 * gives each session the JVM's zone) and the times on pages and in exports must all mean the same day, also on a
 * server or in a container that runs on UTC: there, between 00:00 and 08:00 Beijing time, everything would
 * otherwise still be yesterday.
 */
public class BusinessZone implements EnvironmentPostProcessor {

    static final String PROPERTY = "luoshi.zone";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String zone = environment.getProperty(PROPERTY, "Asia/Shanghai");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
        } catch (DateTimeException e) {
            throw new IllegalStateException(PROPERTY + " (LUOSHI_ZONE) = '" + zone
                    + "' is not a time zone; give a region such as Asia/Shanghai", e);
        }
    }
}
