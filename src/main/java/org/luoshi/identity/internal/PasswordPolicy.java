package org.luoshi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.luoshi.shared.error.BusinessException;

/**
 * 密码规则: at least 10 characters, not containing the username, and at least two of the three classes
 * letters, digits and symbols. BCrypt reads at most 72 bytes, so longer passwords are refused rather than
 * silently cut.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final int MIN_CLASSES = 2;

    private PasswordPolicy() {
    }

    /** Throws a field error on {@code field} naming the first rule the password breaks. */
    public static void check(String username, String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw BusinessException.invalid(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw BusinessException.invalid(field, "password.tooLong", MAX_BYTES);
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw BusinessException.invalid(field, "password.containsUsername");
        }
        if (characterClasses(password) < MIN_CLASSES) {
            throw BusinessException.invalid(field, "password.tooSimple");
        }
    }

    private static int characterClasses(String password) {
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean symbol = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
