package org.luoshi.publicity.internal.search;

import java.time.Instant;

/**
 * A search result: a published article or a submission, its title and snippet as safe HTML with the matched words
 * in {@code <mark>}, and where to read it.
 *
 * @param source     ARTICLE or SUBMISSION
 * @param kind       the submission's kind, or null
 * @param column     the article's column, or null
 * @param status     the submission's status, or null
 * @param titleHtml  escaped title with marks
 * @param snippetHtml escaped passage of the body with marks
 */
public record SearchHit(String source, long id, String title, String titleHtml, String snippetHtml, String kind,
        String column, String status, long unitId, String unitName, Instant at, double rank, String link) {
}
