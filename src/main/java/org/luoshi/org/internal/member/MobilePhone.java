package org.luoshi.org.internal.member;

import java.util.regex.Pattern;
import org.luoshi.shared.text.TextNormalizer;

/** A mainland mobile number, as people write it: with +86 or 86 in front, spaces, dashes or brackets. */
public final class MobilePhone {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

    private MobilePhone() {
    }

    /** The bare eleven digits, or null when nothing was typed; throws {@link InvalidValue} otherwise. */
    public static String normalise(String raw) {
        String compact = TextNormalizer.compact(raw);
        if (compact == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(compact).replaceAll("");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new InvalidValue("member.phone.format", compact);
        }
        return digits;
    }
}
