package org.luoshi.publicity.web.people;

import java.util.List;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitRef;
import org.luoshi.publicity.internal.people.ExemplaryPerson;
import org.luoshi.publicity.internal.people.PersonRepository;
import org.luoshi.shared.security.Actor;

/** A person as the API answers: the record, their unit and member, what they appear in, and what the actor may do. */
record PersonView(ExemplaryPerson person, String unitName, String memberName, List<PersonRepository.Linked> linked,
        Actions actions) {

    record Actions(boolean edit, boolean recordConsent, boolean withdrawConsent, boolean publish,
            boolean unpublish) {

        static Actions of(ExemplaryPerson p, Actor actor) {
            return new Actions(p.mayEdit(actor), p.mayRecordConsent(actor), p.mayWithdrawConsent(actor),
                    p.mayPublish(actor), p.mayUnpublish(actor));
        }
    }

    static PersonView of(ExemplaryPerson p, UnitRef unit, MemberRef member, List<PersonRepository.Linked> linked,
            Actor actor) {
        return new PersonView(p, unit == null ? "" : unit.name(), member == null ? null : member.name(), linked,
                Actions.of(p, actor));
    }
}
