package org.luoshi.plan.internal.counting;

import java.time.Instant;
import java.util.regex.Pattern;
import org.luoshi.plan.WorkCounted;
import org.luoshi.shared.web.LocalPath;

/**
 * 计入记录: one record of another module as {@code plan} keeps it, taken from a {@link WorkCounted}. A kind that is
 * not a code, or a negative quantity, is the publishing module's bug, not the user's, so it is refused as one; the
 * title is cut to what the table keeps, and a link that would leave the site is not kept (the entry then shows
 * without one), since the task page offers it as evidence to click.
 */
record CountedEntry(long unitId, long itemId, String kind, long recordId, int quantity, String title, String link,
        Instant at) {

    static final int TITLE_LENGTH = 300;
    static final int LINK_LENGTH = 500;
    private static final Pattern KIND = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");

    static CountedEntry of(WorkCounted counted) {
        requireKind(counted.kind());
        if (counted.quantity() < 0) {
            throw new IllegalArgumentException("counted quantity must not be negative: " + counted.quantity());
        }
        if (counted.at() == null) {
            throw new IllegalArgumentException("counted work needs the time it was counted");
        }
        return new CountedEntry(counted.unitId(), counted.item().itemId(), counted.kind(), counted.recordId(),
                counted.quantity(), title(counted.title()), link(counted.link()), counted.at());
    }

    static void requireKind(String kind) {
        if (kind == null || kind.length() > 40 || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a kind is a code such as study.session, not: " + kind);
        }
    }

    private static String title(String title) {
        String clean = title == null ? "" : title.strip();
        return clean.length() <= TITLE_LENGTH ? clean : clean.substring(0, TITLE_LENGTH);
    }

    private static String link(String link) {
        // a path of this site only: no scheme, no host (//host/… is another site too)
        if (link == null || !link.strip().startsWith("/") || link.strip().startsWith("//")) {
            return null;
        }
        return LocalPath.of(link, "").filter(path -> path.length() <= LINK_LENGTH).orElse(null);
    }
}
