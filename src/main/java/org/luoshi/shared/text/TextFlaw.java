package org.luoshi.shared.text;

/**
 * Characters no one types on purpose, refused in every text the app receives: the database refuses NUL, the others
 * are stored invisibly and make names look like something they are not (a right-to-left override turns
 * "报告gpj.exe" into "报告exe.jpg"), and a lone half of a surrogate pair is stored as "?".
 */
public enum TextFlaw {

    /** NUL and the other C0/C1 control characters; tab, line feed and carriage return are text. */
    CONTROL_CHARACTER("text.flaw.control"),
    /** Embeddings, overrides and isolates that reorder what follows them (U+202A–U+202E, U+2066–U+2069). */
    BIDI_CONTROL("text.flaw.bidi"),
    /** Half of a UTF-16 surrogate pair without its other half: not a character at all. */
    LONE_SURROGATE("text.flaw.surrogate");

    private final String messageKey;

    TextFlaw(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The message to show, with the field's name as its argument. */
    public String messageKey() {
        return messageKey;
    }

    /** The first flaw in {@code text}, or null when it has none. */
    public static TextFlaw of(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return CONTROL_CHARACTER;
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return BIDI_CONTROL;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return LONE_SURROGATE;
            }
        }
        return null;
    }
}
