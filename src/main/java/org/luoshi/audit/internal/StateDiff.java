package org.luoshi.audit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Which fields a change touched, old value beside new, for people rather than for machines. */
public final class StateDiff {

    /** One changed field; a value is null where the field was absent (created or deleted). */
    public record Change(String field, String before, String after) {
    }

    private StateDiff() {
    }

    public static List<Change> between(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String old = text(before == null ? null : before.get(field));
            String now = text(after == null ? null : after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, old, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining("、"));
        }
        return String.valueOf(value);
    }
}
