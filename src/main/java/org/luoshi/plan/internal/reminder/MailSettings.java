package org.luoshi.plan.internal.reminder;

/**
 * SMTP settings as the system administrator entered them at /admin/mail. The password is held in plain text only
 * in memory; at rest it is encrypted.
 *
 * @param version counts saves, so that two administrators editing at once do not overwrite each other unseen
 */
public record MailSettings(boolean enabled, String host, int port, String username, String password, String from,
        boolean tls, int version) {

    public static final int DEFAULT_PORT = 25;

    static MailSettings none() {
        return new MailSettings(false, "", DEFAULT_PORT, "", "", "", false, 0);
    }

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /** Complete enough to try sending. */
    public boolean usable() {
        return enabled && !host.isBlank() && !from.isBlank();
    }
}
