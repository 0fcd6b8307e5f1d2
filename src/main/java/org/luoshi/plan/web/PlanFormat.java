package org.luoshi.plan.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** How the plan pages print moments: in the association's zone (shared.time.BusinessZone), to the minute. */
@Component("planFormat")
public class PlanFormat {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    public String at(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
