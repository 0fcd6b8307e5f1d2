package org.luoshi.shared.text;

/**
 * Cleans what people type or paste from spreadsheets: full-width letters, digits and punctuation
 * (common in Chinese input methods) become half-width, stray and non-breaking spaces go.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Trimmed, half-width, inner runs of white space folded to one space; null when nothing is left. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = toHalfWidth(raw.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Like {@link #clean} but with every space removed: for codes, phone and ID numbers. */
    public static String compact(String raw) {
        String cleaned = clean(raw);
        if (cleaned == null) {
            return null;
        }
        String compacted = cleaned.replace(" ", "");
        return compacted.isEmpty() ? null : compacted;
    }

    static char toHalfWidth(char c) {
        if (c == '\u3000') {
            return ' ';
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}
