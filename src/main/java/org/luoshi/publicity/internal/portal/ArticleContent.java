package org.luoshi.publicity.internal.portal;

import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.text.RichText;

/**
 * What an article says, checked and cleaned: a title of at most 200 characters, a body sanitised to paragraphs and
 * lists (no script, no handler, no style survives), a summary of at most 500 characters (taken from the body's text
 * when none is given), the 来源 and 作者 lines.
 */
public record ArticleContent(String title, String summary, String bodyHtml, String source, String author) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 500;
    public static final int MAX_SOURCE = 200;
    public static final int MAX_AUTHOR = 100;
    /** A derived summary: the body's first characters, enough for a list and a share card. */
    static final int DERIVED_SUMMARY = 120;

    /** The content as typed, checked field by field; the first broken rule is refused naming its field. */
    public static ArticleContent of(String title, String summary, String bodyHtml, String source, String author) {
        String cleanTitle = trim(title);
        if (cleanTitle == null) {
            throw BusinessException.invalid("title", "publicity.article.title.required");
        }
        if (cleanTitle.codePointCount(0, cleanTitle.length()) > MAX_TITLE) {
            throw BusinessException.invalid("title", "publicity.article.title.tooLong", MAX_TITLE);
        }
        String body = RichText.sanitise(bodyHtml);
        String plain = RichText.plain(body);
        if (plain.isBlank()) {
            throw BusinessException.invalid("bodyHtml", "publicity.article.body.required");
        }
        String cleanSummary = trim(summary);
        if (cleanSummary != null && cleanSummary.codePointCount(0, cleanSummary.length()) > MAX_SUMMARY) {
            throw BusinessException.invalid("summary", "publicity.article.summary.tooLong", MAX_SUMMARY);
        }
        String cleanSource = trim(source);
        if (cleanSource != null && cleanSource.length() > MAX_SOURCE) {
            throw BusinessException.invalid("source", "publicity.article.source.tooLong", MAX_SOURCE);
        }
        String cleanAuthor = trim(author);
        if (cleanAuthor != null && cleanAuthor.length() > MAX_AUTHOR) {
            throw BusinessException.invalid("author", "publicity.article.author.tooLong", MAX_AUTHOR);
        }
        return new ArticleContent(cleanTitle, cleanSummary == null ? derive(plain) : cleanSummary, body, cleanSource,
                cleanAuthor);
    }

    /** The body's text on one line, cut at {@value #DERIVED_SUMMARY} characters with an ellipsis. */
    static String derive(String plain) {
        String line = plain.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= DERIVED_SUMMARY) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, DERIVED_SUMMARY)) + "…";
    }

    /** The body's text, for the search index. */
    public String plainText() {
        return RichText.plain(bodyHtml);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
