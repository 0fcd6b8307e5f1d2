package org.luoshi.shared.db;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Start-up work that must happen once per installation, not once per start or per node (the demo data, its plan,
 * its first reminders): the first start to record the step's name in {@code app_setting} does it, every later
 * start, on any node, finds the name taken and skips it.
 */
@Component
public class OncePerInstallation {

    private final JdbcClient jdbc;
    private final Clock clock;

    OncePerInstallation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True for the one caller that records {@code step} first; false for everyone after. */
    public boolean claim(String step) {
        return jdbc.sql("insert into app_setting (name, value) values (?, ?) on conflict (name) do nothing")
                .param(step).param(OffsetDateTime.now(clock).toString()).update() == 1;
    }
}
