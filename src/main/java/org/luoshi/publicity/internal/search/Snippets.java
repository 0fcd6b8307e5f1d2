package org.luoshi.publicity.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.luoshi.shared.search.ChineseText;
import org.springframework.web.util.HtmlUtils;

/**
 * 摘要与高亮: the passage of a hit's text around the first place a phrase of the query stands in it as words, every
 * such phrase wrapped in {@code <mark>}, everything else escaped, so the result may be written into a page as it is.
 * A phrase is marked where its words stand together as the search matched them: 二十大 in 二十大精神, not the 大 of
 * 最大; 科协 in 老科协, not the characters 科协 across two words.
 * <p>
 * Only a window of the text is segmented, not the whole body: a plain substring search finds where a phrase may
 * start, and smartcn then says whether it stands there as words; the first window where it does is the snippet.
 * A page of twenty long articles costs twenty short segmentations.
 */
public final class Snippets {

    /** How many characters a body snippet shows. */
    public static final int WIDTH = 120;
    /** How much of the snippet stands before the first matched word. */
    private static final int LEAD = 30;
    /** Places to try before giving up and showing the beginning of the text. */
    private static final int ATTEMPTS = 20;

    private Snippets() {
    }

    /** The whole (short) text, e.g. a title, with the query's phrases marked. */
    public static String highlight(String text, List<List<String>> phrases) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return render(text, 0, text.length(), matches(text, 0, text.length(), phrases));
    }

    /** A passage of about {@link #WIDTH} characters of {@code text} around the query's phrases, marked. */
    public static String snippet(String text, List<List<String>> phrases) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        for (int at : candidates(flat, phrases)) {
            int start = boundary(flat, Math.max(0, at - LEAD));
            int end = boundary(flat, Math.min(flat.length(), start + WIDTH));
            List<int[]> marks = matches(flat, start, end, phrases);
            if (!marks.isEmpty()) {
                return render(flat, start, end, marks);
            }
        }
        return render(flat, 0, boundary(flat, Math.min(flat.length(), WIDTH)), List.of());
    }

    /** Never between the two halves of a character outside the BMP. */
    private static int boundary(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    /** Where a phrase's first word occurs as characters, first places first, at most {@link #ATTEMPTS}. */
    private static List<Integer> candidates(String text, List<List<String>> phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = text;
        }
        List<Integer> places = new ArrayList<>();
        for (List<String> phrase : phrases) {
            String first = phrase.get(0);
            int from = 0;
            int found;
            while ((found = lower.indexOf(first, from)) >= 0 && places.size() < ATTEMPTS * 4) {
                places.add(found);
                from = found + first.length();
            }
        }
        return places.stream().sorted().distinct().limit(ATTEMPTS).toList();
    }

    /** The phrases standing as words in {@code text[start, end)}, as offsets into {@code text}, in order. */
    private static List<int[]> matches(String text, int start, int end, List<List<String>> phrases) {
        List<ChineseText.Word> words = ChineseText.words(text.substring(start, end));
        List<int[]> marks = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int length = longestPhraseAt(words, i, phrases);
            if (length > 0) {
                marks.add(new int[] {start + words.get(i).start(), start + words.get(i + length - 1).end()});
                i += length;
            } else {
                i++;
            }
        }
        return marks;
    }

    private static int longestPhraseAt(List<ChineseText.Word> words, int i, List<List<String>> phrases) {
        int longest = 0;
        for (List<String> phrase : phrases) {
            if (phrase.size() > longest && i + phrase.size() <= words.size() && standsAt(words, i, phrase)) {
                longest = phrase.size();
            }
        }
        return longest;
    }

    private static boolean standsAt(List<ChineseText.Word> words, int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(i + k).term().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String render(String text, int start, int end, List<int[]> marks) {
        StringBuilder html = new StringBuilder();
        if (start > 0) {
            html.append('…');
        }
        int at = start;
        for (int[] mark : marks) {
            html.append(HtmlUtils.htmlEscape(text.substring(at, mark[0]))).append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(mark[0], mark[1]))).append("</mark>");
            at = mark[1];
        }
        html.append(HtmlUtils.htmlEscape(text.substring(at, end)));
        if (end < text.length()) {
            html.append('…');
        }
        return html.toString();
    }
}
