package org.luoshi.notification.internal;

import java.util.regex.Pattern;

/**
 * SMTP settings as the system administrator entered them at /admin/mail. The password is held in plain text only
 * in memory; at rest it is encrypted.
 *
 * @param version counts saves, so that two administrators editing at once do not overwrite each other unseen
 */
public record MailSettings(boolean enabled, String host, int port, String username, String password, String from,
        boolean tls, int version) {

    public static final int DEFAULT_PORT = 25;

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    static MailSettings none() {
        return new MailSettings(false, "", DEFAULT_PORT, "", "", "", false, 0);
    }

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /** Looks like an e-mail address (the server has the last word; this catches typing slips). */
    public static boolean isAddress(String text) {
        return text != null && ADDRESS.matcher(text).matches();
    }

    /** Complete enough to try sending. */
    public boolean usable() {
        return enabled && !host.isBlank() && !from.isBlank();
    }
}
