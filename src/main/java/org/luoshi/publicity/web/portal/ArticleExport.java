package org.luoshi.publicity.web.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.luoshi.publicity.internal.portal.ArticleQueries;
import org.luoshi.publicity.web.ListExport;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** 门户发布's list as Excel: the unit's articles with the page's filter, in the page's order. */
@Component
class ArticleExport {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ArticleQueries queries;
    private final ListExport export;
    private final Clock clock;

    ArticleExport(ArticleQueries queries, ListExport export, Clock clock) {
        this.queries = queries;
        this.export = export;
        this.clock = clock;
    }

    void write(HttpServletResponse response, Actor actor, ArticleQueries.Filter filter) throws IOException {
        List<ArticleQueries.Row> rows = queries.all(actor, filter);
        export.write(response, actor, "publicity.article.export.sheet", List.of("publicity.article.field.title",
                "publicity.article.field.column", "publicity.article.field.publishAt",
                "publicity.article.field.status", "publicity.article.field.source", "publicity.article.field.pinned"),
                rows.stream().map(this::row));
    }

    private List<?> row(ArticleQueries.Row r) {
        return Arrays.asList(r.title(), export.label("publicity.column." + r.column().name()),
                LocalDateTime.ofInstant(r.publishAt(), clock.getZone()).format(MINUTES),
                export.label("publicity.article.status." + r.status().name()), r.source(),
                r.pinned() ? export.label("publicity.export.yes") : "");
    }
}
