package org.luoshi.plan.internal;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** The plan body is rich text pasted from Word or typed; only harmless markup survives (no scripts, no handlers). */
final class RichText {

    private RichText() {
    }

    static String sanitise(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.clean(html, Safelist.relaxed());
    }

    static String paragraphs(Iterable<String> lines) {
        StringBuilder html = new StringBuilder();
        for (String line : lines) {
            html.append("<p>").append(org.jsoup.nodes.Entities.escape(line)).append("</p>\n");
        }
        return html.toString();
    }
}
