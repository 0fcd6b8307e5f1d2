package org.luoshi.publicity.web.people;

import java.util.Set;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.UnitDirectory;
import org.luoshi.publicity.internal.people.ExemplaryPerson;
import org.luoshi.publicity.internal.people.PeopleWorkflow;
import org.luoshi.publicity.internal.people.PersonRepository;
import org.luoshi.publicity.internal.search.SearchText;
import org.luoshi.publicity.internal.search.Snippets;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Component;

/** Puts together what the people pages and API show: a person with names, links and actions; a searched list. */
@Component
class PeopleViews {

    /** A line of the list, its story's passage around the searched words marked. */
    record Line(long id, String name, String post, String unitName, boolean consented, boolean published,
            String snippetHtml) {
    }

    private final PeopleWorkflow workflow;
    private final PersonRepository people;
    private final UnitDirectory units;
    private final MemberDirectory members;

    PeopleViews(PeopleWorkflow workflow, PersonRepository people, UnitDirectory units, MemberDirectory members) {
        this.workflow = workflow;
        this.people = people;
        this.units = units;
        this.members = members;
    }

    PersonView view(long id, Actor actor) {
        ExemplaryPerson p = workflow.visible(id, actor);
        return PersonView.of(p, units.find(p.unitId()).orElse(null),
                p.memberId() == null ? null : members.findAll(Set.of(p.memberId())).get(p.memberId()),
                people.linked(id, actor.scopePath(), actor.unitId()), actor);
    }

    Page<Line> list(Actor actor, SearchText text, Long unitId, PageQuery paging) {
        return people.list(scope(actor, unitId), text.tsquery(), paging).map(r -> new Line(r.id(), r.name(), r.post(),
                r.unitName(), r.consented(), r.publishedAt() != null, Snippets.snippet(r.snippetSource(),
                        text.phrases())));
    }

    /** The subtree the list covers: the actor's, or the chosen unit's inside it (outside: refused on unitId). */
    String scope(Actor actor, Long unitId) {
        if (!ExemplaryPerson.mayRead(actor)) {
            throw BusinessException.forbidden("publicity.person.forbidden");
        }
        if (unitId == null) {
            return actor.scopePath();
        }
        return units.find(unitId).filter(u -> actor.covers(u.path())).map(u -> u.path())
                .orElseThrow(() -> BusinessException.invalid("unitId", "publicity.search.unit.outside"));
    }
}
