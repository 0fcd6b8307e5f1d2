package org.luoshi.study.internal.reading;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * A section's text as stored and shown: its paragraphs, escaped, then cleaned to paragraphs and line breaks only.
 * (plan's RichText is moving to shared/text; until it lands there the jsoup safelist is applied here.)
 */
final class SectionBody {

    private static final Safelist ALLOWED = Safelist.none().addTags("p", "br", "strong");

    private SectionBody() {
    }

    static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>").append(Entities.escape(paragraph)).append("</p>");
        }
        return Jsoup.clean(html.toString(), ALLOWED);
    }
}
