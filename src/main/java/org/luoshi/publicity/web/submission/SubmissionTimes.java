package org.luoshi.publicity.web.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Moments as the pages show them, in the business zone: {@code ${@submissionTimes.at(x)}}. */
@Component("submissionTimes")
class SubmissionTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    SubmissionTimes(Clock clock) {
        this.clock = clock;
    }

    public String at(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(clock.getZone()));
    }
}
