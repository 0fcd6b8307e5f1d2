package org.luoshi.publicity.internal.search;

import java.util.List;
import org.luoshi.shared.search.ChineseText;

/**
 * What a reader typed into a search box, made safe to search: cut to {@link #MAX_LENGTH} characters (the page says
 * so), segmented into words, and turned into a {@code tsquery} literal. A query with no word (empty, only
 * punctuation) searches nothing: the page shows a hint instead of an error.
 *
 * @param text    the query as searched (cut when it was longer)
 * @param terms   its distinct words
 * @param phrases its phrases (ChineseText.phrases): the words that must stand together, to highlight
 * @param tsquery the literal to cast with {@code ::tsquery}; empty when there is no word
 * @param cut     whether the query was longer than {@link #MAX_LENGTH} and was cut
 */
public record SearchText(String text, List<String> terms, List<List<String>> phrases, String tsquery,
        boolean cut) {

    /** A query is a few words, not a document: longer input is cut here. */
    public static final int MAX_LENGTH = 60;

    public static SearchText of(String raw) {
        String text = raw == null ? "" : raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}]", " ").strip();
        boolean cut = text.codePointCount(0, text.length()) > MAX_LENGTH;
        if (cut) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return new SearchText(text, ChineseText.terms(text), ChineseText.phrases(text), ChineseText.tsquery(text),
                cut);
    }

    /** Whether there is anything to search: false for an empty or only-punctuation query. */
    public boolean hasWords() {
        return !tsquery.isEmpty();
    }

    /** Whether the reader typed something (so a missing word deserves a hint, not silence). */
    public boolean typed() {
        return !text.isEmpty();
    }
}
