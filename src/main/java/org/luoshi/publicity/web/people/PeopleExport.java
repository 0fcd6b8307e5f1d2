package org.luoshi.publicity.web.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.luoshi.publicity.internal.people.PersonRepository;
import org.luoshi.publicity.internal.search.SearchText;
import org.luoshi.publicity.web.ListExport;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** 典型人物库's list as Excel: the people the page finds (scope, unit, words), with their whole story as text. */
@Component
class PeopleExport {

    private final PeopleViews views;
    private final PersonRepository people;
    private final ListExport export;

    PeopleExport(PeopleViews views, PersonRepository people, ListExport export) {
        this.views = views;
        this.people = people;
        this.export = export;
    }

    void write(HttpServletResponse response, Actor actor, SearchText text, Long unitId) throws IOException {
        List<PersonRepository.Row> rows = people.all(views.scope(actor, unitId), text.tsquery());
        export.write(response, actor, "publicity.person.export.sheet", List.of("publicity.person.name",
                "publicity.person.post", "publicity.search.unit", "publicity.person.story",
                "publicity.person.portal"), rows.stream().map(this::row));
    }

    private List<?> row(PersonRepository.Row r) {
        String state = r.publishedAt() != null ? "publicity.person.state.published"
                : r.consented() ? "publicity.person.state.consented" : "publicity.person.state.noConsent";
        return Arrays.asList(r.name(), r.post(), r.unitName(), r.snippetSource(), export.label(state));
    }
}
