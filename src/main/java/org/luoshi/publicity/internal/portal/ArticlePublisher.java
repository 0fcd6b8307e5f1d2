package org.luoshi.publicity.internal.portal;

import java.time.Instant;
import java.util.List;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.shared.security.Actor;

/**
 * Publishes to the actor's unit's portal: what an editor writes, an adopted submission, an issued briefing. One way
 * in, so every article is checked, indexed for search and audited alike.
 */
public interface ArticlePublisher {

    /** An image already in the file store, with its caption. */
    record Image(long fileId, String caption) {
    }

    /**
     * What to publish; {@code submissionId} names the adopted submission it comes from (or is null), and
     * {@code publishAt} is when the public sees it (null: now).
     */
    record PublishArticle(PortalColumn column, String title, String summary, String bodyHtml, String source,
            String author, List<Image> images, Long submissionId, Instant publishAt, boolean pinned) {
    }

    /** Publishes and returns the article's id; its public page is {@code /portal/articles/{id}}. */
    long publish(Actor actor, PublishArticle article);
}
