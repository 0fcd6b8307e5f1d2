package org.luoshi.activity.web.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.luoshi.activity.internal.checkin.CheckinMethod;
import org.luoshi.activity.internal.checkin.CheckinResult;
import org.luoshi.activity.internal.checkin.PhoneOutcome;
import org.luoshi.shared.error.Messages;
import org.springframework.stereotype.Component;

/** A check-in as the person (or the staff) is told: the result with the sentence the page shows. */
@Component
class CheckinAnswers {

    /** {@code already}: the person was counted before, at {@code at}; {@code message} says so in Chinese. */
    record Answer(long checkinId, String name, Instant at, CheckinMethod method, boolean already, String message) {
    }

    /** Checked in ({@code result}), or {@code choices} to answer with one's number. */
    record PhoneAnswer(Answer result, List<PhoneOutcome.Choice> choices) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Messages messages;
    private final Clock clock;

    CheckinAnswers(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    Answer of(CheckinResult r) {
        String when = TIME.format(r.at().atZone(clock.getZone()));
        String message = r.already() ? messages.get("activity.checkin.already", r.name(), when)
                : messages.get("activity.checkin.done", r.name(), when);
        return new Answer(r.checkinId(), r.name(), r.at(), r.method(), r.already(), message);
    }

    PhoneAnswer of(PhoneOutcome outcome) {
        return outcome.asksWhich() ? new PhoneAnswer(null, outcome.choices())
                : new PhoneAnswer(of(outcome.result()), List.of());
    }
}
