package org.luoshi.identity.internal;

import java.security.SecureRandom;

/**
 * One-time passwords an administrator hands over (on paper, by phone): no look-alike characters, in groups of
 * four, always letters, digits and dashes so they meet the password policy. The user must replace it at login.
 */
final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** For example {@code Kp7m-x3Qa-9dTe}. */
    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 3; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 4; i++) {
                String from = i == 2 ? DIGITS : LETTERS;
                password.append(from.charAt(RANDOM.nextInt(from.length())));
            }
        }
        return password.toString();
    }
}
