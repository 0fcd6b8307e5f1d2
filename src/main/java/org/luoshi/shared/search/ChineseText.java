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
    /** The longest run of one-character words indexed joined (二十大, 十九届). */
    private static final int MAX_RUN = 4;
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

    /**
     * Adds the words of {@code text} after {@code position}; answers the last position used. Runs of one-character
     * words (how smartcn cuts a name it does not know: 二十大 → 二 十 大) are also indexed joined, two to
     * {@link #MAX_RUN} characters long, at the position of their first character: a query for 二十大 then asks the GIN
     * index for one rare term instead of three very common characters side by side.
     */
    private static int place(String text, int position, String weight, Map<String, List<String>> positions) {
        Word previous = null;
        List<String> run = new ArrayList<>();
        List<Integer> runAt = new ArrayList<>();
        for (Word word : words(text)) {
            boolean gap = previous != null && breaks(text, previous.end(), word.start());
            position = Math.min(position + (gap ? 2 : 1), MAX_POSITION);
            positions.computeIfAbsent(word.term(), t -> new ArrayList<>()).add(position + weight);
            if (gap || !single(word.term())) {
                joined(run, runAt, weight, positions);
            }
            if (single(word.term())) {
                run.add(word.term());
                runAt.add(position);
            }
            previous = word;
        }
        joined(run, runAt, weight, positions);
        return position;
    }

    private static void joined(List<String> run, List<Integer> runAt, String weight,
            Map<String, List<String>> positions) {
        for (int i = 0; i < run.size(); i++) {
            for (int length = 2; length <= MAX_RUN && i + length <= run.size(); length++) {
                positions.computeIfAbsent(String.join("", run.subList(i, i + length)), t -> new ArrayList<>())
                        .add(runAt.get(i) + weight);
            }
        }
        run.clear();
        runAt.clear();
    }

    /** A word of one Chinese character. */
    private static boolean single(String term) {
        return term.codePointCount(0, term.length()) == 1 && Character.isIdeographic(term.codePointAt(0));
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
            if (tokens(words) <= MAX_PHRASE) {
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
     * A run of two to {@link #MAX_RUN} one-character words in a phrase is asked for as its joined term (indexed so by
     * {@link #tsvector}), followed by the next word that many positions on.
     */
    public static String tsquery(String query) {
        return String.join(" & ", phrases(query).stream().map(ChineseText::phrase).toList());
    }

    /** A phrase's terms once its runs of one-character words are joined, and how many words each stands for. */
    private record Collapsed(List<String> terms, List<Integer> spans) {

        static Collapsed of(List<String> words) {
            List<String> terms = new ArrayList<>();
            List<Integer> spans = new ArrayList<>();
            int i = 0;
            while (i < words.size()) {
                int j = i;
                while (j < words.size() && single(words.get(j))) {
                    j++;
                }
                if (j - i >= 2 && j - i <= MAX_RUN) {
                    terms.add(String.join("", words.subList(i, j)));
                    spans.add(j - i);
                    i = j;
                } else {
                    terms.add(words.get(i));
                    spans.add(1);
                    i++;
                }
            }
            return new Collapsed(terms, spans);
        }
    }

    private static int tokens(List<String> words) {
        return Collapsed.of(words).terms().size();
    }

    private static String phrase(List<String> words) {
        Collapsed collapsed = Collapsed.of(words);
        List<String> terms = collapsed.terms();
        if (terms.size() == 1) {
            return quote(terms.get(0));
        }
        StringBuilder phrase = new StringBuilder("(").append(quote(terms.get(0)));
        for (int k = 1; k < terms.size(); k++) {
            int span = collapsed.spans().get(k - 1);
            phrase.append(span == 1 ? " <-> " : " <" + span + "> ").append(quote(terms.get(k)));
        }
        return phrase.append(')').toString();
    }

    private static String quote(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
