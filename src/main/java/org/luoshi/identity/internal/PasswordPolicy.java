package org.luoshi.identity.internal;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.luoshi.shared.error.BusinessException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 密码规则: at least 10 characters, not containing the username, at least two of the three classes letters,
 * digits and symbols, and hard to guess. "Hard to guess" is zxcvbn's estimate (score 3 of 4: about 10^8 guesses
 * or more), which also looks the password up in its list of common and leaked passwords, keyboard rows, repeats,
 * sequences and dates; its reason is shown in Chinese. BCrypt reads at most 72 bytes, so longer passwords are
 * refused rather than silently cut.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final int MIN_CLASSES = 2;
    /** zxcvbn's "safely unguessable: moderate protection from offline slow-hash scenario". */
    static final int MIN_SCORE = 3;
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();
    /** zxcvbn's feedback as its message keys, so that our bundle says them in Chinese. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

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
        Strength strength = ESTIMATOR.measure(password, username == null ? List.of() : List.of(username));
        if (strength.getScore() < MIN_SCORE) {
            throw BusinessException.invalid(field, "password.weak", reason(strength));
        }
    }

    /** zxcvbn's warning ("a very common password", "a keyboard row"…) as a message of our bundle. */
    private static DefaultMessageSourceResolvable reason(Strength strength) {
        String warning = strength.getFeedback().withResourceBundle(KEYS).getWarning();
        String key = warning == null || warning.isBlank() ? "password.weak.guessable"
                : "password.weak." + warning.replaceFirst("^feedback\\.", "");
        return new DefaultMessageSourceResolvable(new String[] {key, "password.weak.guessable"}, null, "");
    }

    private static int characterClasses(String password) {
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean symbol = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
