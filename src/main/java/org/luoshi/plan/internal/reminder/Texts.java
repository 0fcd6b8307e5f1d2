package org.luoshi.plan.internal.reminder;

/** Texts cut to the column they are stored in. */
final class Texts {

    private Texts() {
    }

    static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
