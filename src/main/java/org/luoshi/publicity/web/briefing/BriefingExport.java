package org.luoshi.publicity.web.briefing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.luoshi.publicity.internal.briefing.BriefingQueries;
import org.luoshi.publicity.web.ListExport;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** 工作简报's list as Excel: the subtree's briefings of the chosen year (or all), newest 期 first, as on the page. */
@Component
class BriefingExport {

    private final BriefingQueries queries;
    private final ListExport export;

    BriefingExport(BriefingQueries queries, ListExport export) {
        this.queries = queries;
        this.export = export;
    }

    void write(HttpServletResponse response, Actor actor, Integer year) throws IOException {
        List<BriefingQueries.Row> rows = queries.all(actor, year);
        export.write(response, actor, "publicity.briefing.export.sheet", List.of("field.number", "field.title",
                "publicity.briefing.issuer", "field.issueDate", "publicity.briefing.items",
                "publicity.briefing.status", "publicity.briefing.export.portal"), rows.stream().map(this::row));
    }

    private List<?> row(BriefingQueries.Row r) {
        return Arrays.asList(export.label("publicity.briefing.name", "", r.year(), r.number()), r.title(),
                r.issuerName(), r.issueDate(), r.items(),
                export.label("publicity.briefing.status." + r.status().name()),
                r.published() ? export.label("publicity.briefing.published") : "");
    }
}
