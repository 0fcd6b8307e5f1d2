package org.luoshi.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A duration the way a user reads it (15 分钟, 1 小时, 1 小时 30 分钟), so that a configured setting such as the
 * lock-out time is shown as set. The words come from the message bundle.
 */
final class DurationText {

    private DurationText() {
    }

    static String of(Duration duration, Function<MessageSourceResolvable, String> messages) {
        List<String> parts = new ArrayList<>();
        add(parts, "duration.days", duration.toDays(), messages);
        add(parts, "duration.hours", duration.toHoursPart(), messages);
        add(parts, "duration.minutes", duration.toMinutesPart(), messages);
        add(parts, "duration.seconds", duration.toSecondsPart(), messages);
        if (parts.isEmpty()) {
            parts.add(messages.apply(part("duration.seconds", 0)));
        }
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String key, long amount,
            Function<MessageSourceResolvable, String> messages) {
        if (amount > 0) {
            parts.add(messages.apply(part(key, amount)));
        }
    }

    private static MessageSourceResolvable part(String key, long amount) {
        return new DefaultMessageSourceResolvable(new String[] {key}, new Object[] {amount});
    }
}
