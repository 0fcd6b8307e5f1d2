package org.luoshi.plan.internal;

/**
 * The one-time key a form carries in a hidden field or an API client sends as {@code Idempotency-Key}: a repeat
 * with the same key gets the first answer instead of doing the work twice.
 */
public final class IdempotencyKeys {

    /** As long as the key columns; UUIDs (36) fit with room to spare. */
    public static final int MAX_LENGTH = 64;

    private IdempotencyKeys() {
    }

    /** The key as stored, or null when none was given (then nothing guards against a repeat). */
    public static String normalise(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String clean = key.strip();
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean;
    }
}
