package org.luoshi.publicity.internal.portal;

import java.time.Instant;
import java.util.List;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.portal.ArticlePublisher.Image;

/** 修改文章: the article as the editor now wants it; {@code publishAt} in the future (re)schedules it. */
public record EditArticle(PortalColumn column, String title, String summary, String bodyHtml, String source,
        String author, List<Image> images, Instant publishAt) {

    public EditArticle {
        images = images == null ? List.of() : List.copyOf(images);
    }
}
