package org.luoshi.shared.text;

import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Rich text (a plan body, a study session's minutes): paragraphs, bold and lists, whether typed in the editor, pasted from Word or sent by an API client.
 * Everything else is dropped (styles, classes, fonts, spans, scripts, handlers): a plan is read on old phones and in
 * 长辈模式, where a pasted 小四号 font or a fixed width would fight the page. Word pastes its lists as paragraphs
 * marked {@code mso-list}, with the number as text; those become real lists before the rest is cleaned.
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.none().addTags("p", "br", "strong", "ul", "ol", "li");
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol");
    private static final Pattern WORD_LIST = Pattern.compile("mso-list\\s*:\\s*l\\d+");
    private static final Pattern ORDERED_MARK =
            Pattern.compile("^\\s*([0-9]+|[a-zA-Z]|[ivxIVX]+|[一二三四五六七八九十]+)[.．、)）].*", Pattern.DOTALL);

    private RichText() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (!html.contains("<")) {
            // the form without JavaScript is a plain textarea: its lines are the paragraphs
            return paragraphs(html.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
        Document document = Jsoup.parseBodyFragment(html);
        wordListsToLists(document);
        document.select("b").tagName("strong");
        return paragraphsOnTop(Jsoup.clean(document.body().html(), ALLOWED));
    }

    /**
     * Text left loose between blocks (a table's cells, a line typed after a list) goes into a paragraph of its own,
     * and empty paragraphs go: the body is a sequence of paragraphs and lists.
     */
    private static String paragraphsOnTop(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Element loose = null;
        for (Node node : new ArrayList<>(body.childNodes())) {
            boolean block = node instanceof Element element && BLOCKS.contains(element.tagName());
            if (block) {
                loose = null;
                continue;
            }
            if (node instanceof TextNode text && text.isBlank() && loose == null) {
                continue;
            }
            if (loose == null) {
                loose = new Element("p");
                node.before(loose);
            }
            loose.appendChild(node);
        }
        body.select("p").stream().filter(p -> p.text().isBlank() && p.select("br").isEmpty())
                .forEach(Element::remove);
        return body.html();
    }

    /** The text of sanitised rich text, its paragraphs and list items on lines of their own: to index, or to quote. */
    public static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        document.select("p, li, br").forEach(e -> e.after("\n"));
        return Jsoup.clean(document.body().html(), "", Safelist.none(),
                new Document.OutputSettings().prettyPrint(false)).replace("&nbsp;", " ").lines().map(String::strip)
                .filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b).map(Entities::unescape).orElse("");
    }

    public static String paragraphs(Iterable<String> lines) {
        StringBuilder html = new StringBuilder();
        for (String line : lines) {
            html.append("<p>").append(Entities.escape(line)).append("</p>\n");
        }
        return html.toString();
    }

    /** Runs of Word's list paragraphs become one {@code <ol>} or {@code <ul>}, without the typed-in numbers. */
    private static void wordListsToLists(Document document) {
        Element list = null;
        for (Element paragraph : document.select("p")) {
            if (!WORD_LIST.matcher(paragraph.attr("style")).find()) {
                list = null;
                continue;
            }
            Element mark = paragraph.selectFirst("span[style*=mso-list:Ignore], span[style*=mso-list: Ignore]");
            String markText = mark == null ? "" : mark.text();
            if (mark != null) {
                mark.remove();
            }
            Element previous = paragraph.previousElementSibling();
            if (list == null || previous != list) {
                list = new Element(ORDERED_MARK.matcher(markText).matches() ? "ol" : "ul");
                paragraph.before(list);
            }
            Element item = new Element("li");
            item.html(paragraph.html());
            list.appendChild(item);
            paragraph.remove();
        }
    }
}
