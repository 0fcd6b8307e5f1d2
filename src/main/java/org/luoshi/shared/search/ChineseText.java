package org.luoshi.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Chinese full-text search in PostgreSQL (ARCHITECTURE.md, search): Lucene's smartcn segments the text into words
 * in Java, and the words go into a {@code tsvector} column written in the record's own transaction, so every app
 * node finds a document the moment it is committed.
 * <p>
 * The words are handed to PostgreSQL as {@code tsvector} and {@code tsquery} literals (cast with {@code ::tsvector},
 * {@code ::tsquery}), never through a text search parser: PostgreSQL's parsers know nothing of Chinese word
 * boundaries and behave differently under different server locales, while a literal is taken as it is.
 */
public final class ChineseText {

    /** tsvector positions stop at 16,383; words beyond still match, at the last position. */
    private static final int MAX_POSITION = 16_383;
    /** The most words of one query part that must stand side by side: a name, not a sentence. */
    private static final int MAX_PHRASE = 4;
    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private ChineseText() {
    }

    /** A word as it stands in the text: its normalised form (lower case) and where it starts and ends. */
    public record Word(String term, int start, int end) {
    }

    /** The words of a text in order, as smartcn segments them, punctuation and stop words left out. */
    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The distinct words of a query, in the order typed. */
    public static List<String> terms(String query) {
        return List.copyOf(new LinkedHashSet<>(words(query).stream().map(Word::term).toList()));
    }

    /**
     * A {@code tsvector} literal of a document: the title's words weighted A (a match there ranks higher), the
     * body's after them at their positions. Cast it in SQL: {@code search = ?::tsvector}.
     * <p>
     * Words on either side of punctuation or a line break, and the title's last word and the body's first, are not
     * given neighbouring positions: a phrase of the query ({@code 二十大} = 二 &lt;-&gt; 十 &lt;-&gt; 大) matches words that
     * stand together in one sentence, not 二十 at the end of one sentence and 大 at the start of the next.
     */
    public static String tsvector(String title, String body) {
        Map<String, List<String>> positions = new LinkedHashMap<>();
        int position = place(title, 0, "A", positions);
        place(body, position == 0 ? 0 : position + 1, "", positions);
        StringBuilder literal = new StringBuilder();
        positions.forEach((term, at) -> literal.append(literal.isEmpty() ? "" : " ").append(quote(term)).append(':')
                .append(String.join(",", at.subList(0, Math.min(at.size(), 256)))));
        return literal.toString();
    }

    /** Adds the words of {@code text} after {@code position}; answers the last position used. */
    private static int place(String text, int position, String weight, Map<String, List<String>> positions) {
        Word previous = null;
        for (Word word : words(text)) {
            int step = previous != null && breaks(text, previous.end(), word.start()) ? 2 : 1;
            position = Math.min(position + step, MAX_POSITION);
            positions.computeIfAbsent(word.term(), t -> new ArrayList<>()).add(position + weight);
            previous = word;
        }
        return position;
    }

    /** Whether what stands between two words (punctuation, a new line) separates them. */
    private static boolean breaks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrases of a query: each part the reader separated by spaces, as its words, which must stand side by side
     * in the document (a name the dictionary does not know, 二十大, segmented 二 十 大, matches that name, not its
     * characters scattered). A longer part (a sentence typed without spaces) gives one phrase per word. Parts with
     * no word (punctuation only) are left out; a part typed twice counts once.
     */
    public static List<List<String>> phrases(String query) {
        LinkedHashSet<List<String>> phrases = new LinkedHashSet<>();
        if (query == null) {
            return List.of();
        }
        for (String part : query.strip().split("\\s+")) {
            List<String> words = words(part).stream().map(Word::term).toList();
            if (words.size() <= MAX_PHRASE) {
                if (!words.isEmpty()) {
                    phrases.add(words);
                }
            } else {
                words.forEach(w -> phrases.add(List.of(w)));
            }
        }
        return List.copyOf(phrases);
    }

    /**
     * A {@code tsquery} literal matching documents that hold every phrase of the query ({@link #phrases}; cast with
     * {@code ?::tsquery}), or an empty string when the query has no word (only punctuation): search nothing then.
     */
    public static String tsquery(String query) {
        return String.join(" & ", phrases(query).stream().map(phrase -> phrase.size() == 1 ? quote(phrase.get(0))
                : "(" + String.join(" <-> ", phrase.stream().map(ChineseText::quote).toList()) + ")").toList());
    }

    private static String quote(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
