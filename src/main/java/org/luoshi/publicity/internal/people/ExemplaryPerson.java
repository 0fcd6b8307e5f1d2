package org.luoshi.publicity.internal.people;

import org.luoshi.publicity.internal.PublicityRoles;
import java.time.Instant;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;

/**
 * 典型人物: an exemplary person of a unit, with their story and the submissions they appear in. Their page goes on
 * the public portal only once their consent is recorded, and comes off the moment it is withdrawn. The unit's
 * publicity staff keep them; leaders and staff of the ancestors read them.
 */
public record ExemplaryPerson(long id, long unitId, String unitPath, Long memberId, String name, String post,
        String storyHtml, Long photoFileId, Consent consent, Instant publishedAt, int version) {

    public static boolean mayRead(Actor actor) {
        return PublicityRoles.mayRead(actor);
    }

    /** Publicity staff record the people of their own unit. */
    public static boolean mayCreate(Actor actor) {
        return PublicityRoles.isStaff(actor);
    }

    public boolean visibleTo(Actor actor) {
        return mayRead(actor) && actor.covers(unitPath);
    }

    public boolean mayEdit(Actor actor) {
        return mayCreate(actor) && actor.unitId() == unitId;
    }

    public boolean mayRecordConsent(Actor actor) {
        return mayEdit(actor) && consent == null;
    }

    public boolean mayWithdrawConsent(Actor actor) {
        return mayEdit(actor) && consent != null;
    }

    public boolean mayPublish(Actor actor) {
        return mayEdit(actor) && consent != null && publishedAt == null;
    }

    public boolean mayUnpublish(Actor actor) {
        return mayEdit(actor) && publishedAt != null;
    }

    /** On the portal: published, and with consent (withdrawing consent unpublishes, but this holds regardless). */
    public boolean isPublic() {
        return publishedAt != null && consent != null;
    }

    public ExemplaryPerson recordConsent(Actor actor, RecordConsent command, Instant at) {
        guardEdit(actor);
        if (consent != null) {
            throw BusinessException.conflict("publicity.person.consent.already");
        }
        if (command.method() == null) {
            throw BusinessException.invalid("method", "publicity.person.consent.method.required");
        }
        String note = command.note() == null ? "" : command.note().strip();
        if (note.length() > 500) {
            throw BusinessException.invalid("note", "publicity.person.consent.note.tooLong", 500);
        }
        return with(new Consent(command.method(), note, actor.accountId(), at), publishedAt);
    }

    /** 撤回同意: the consent goes, and with it the page on the portal, at once. */
    public ExemplaryPerson withdrawConsent(Actor actor) {
        guardEdit(actor);
        if (consent == null) {
            throw BusinessException.conflict("publicity.person.consent.none");
        }
        return with(null, null);
    }

    public ExemplaryPerson publish(Actor actor, Instant at) {
        guardEdit(actor);
        if (consent == null) {
            throw BusinessException.conflict("publicity.person.publish.noConsent");
        }
        if (publishedAt != null) {
            throw BusinessException.conflict("publicity.person.publish.already");
        }
        return with(consent, at);
    }

    public ExemplaryPerson unpublish(Actor actor) {
        guardEdit(actor);
        if (publishedAt == null) {
            throw BusinessException.conflict("publicity.person.unpublish.notPublished");
        }
        return with(consent, null);
    }

    void guardEdit(Actor actor) {
        if (!mayEdit(actor)) {
            throw BusinessException.forbidden("publicity.person.notYourUnit");
        }
    }

    private ExemplaryPerson with(Consent newConsent, Instant newPublishedAt) {
        return new ExemplaryPerson(id, unitId, unitPath, memberId, name, post, storyHtml, photoFileId, newConsent,
                newPublishedAt, version);
    }
}
