package org.luoshi.org.internal.unit;

import java.util.regex.Pattern;

/**
 * Loose checks of phone numbers and e-mail addresses of units and their contacts: office numbers come as
 * "010-6851 2345", "(0571)8888-6666" or several numbers separated by commas, so only the characters are checked.
 */
final class ContactFormats {

    static final int EMAIL_MAX = 120;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ,/]{5,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactFormats() {
    }

    static boolean badPhone(String phone) {
        return phone != null && !PHONE.matcher(phone).matches();
    }

    static boolean badEmail(String email) {
        return email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches());
    }
}
