package org.luoshi.publicity.internal.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.text.RichText;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 典型人物库: records and revises exemplary people, their photo, the submissions they appear in, their consent and
 * their page on the portal; every change audited in its own transaction, on the one business clock.
 */
@Service
@Transactional
public class PeopleWorkflow {

    static final Set<FileType> PHOTO = Set.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);
    static final int MAX_STORY = 20_000;

    private final PersonRepository people;
    private final MemberDirectory members;
    private final FileStore files;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    PeopleWorkflow(PersonRepository people, MemberDirectory members, FileStore files, AuditTrail audit,
            Messages messages, Clock clock) {
        this.people = people;
        this.members = members;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The person, when the actor may read them; else 404 (missing and outside the subtree look the same). */
    @Transactional(readOnly = true)
    public ExemplaryPerson visible(long id, Actor actor) {
        if (!ExemplaryPerson.mayRead(actor)) {
            throw BusinessException.forbidden("publicity.person.forbidden");
        }
        return people.find(id).filter(p -> p.visibleTo(actor))
                .orElseThrow(() -> BusinessException.notFound("publicity.person.notFound"));
    }

    public long create(Actor actor, SavePerson command) {
        if (!ExemplaryPerson.mayCreate(actor)) {
            throw BusinessException.forbidden("publicity.person.forbidden");
        }
        SavePerson clean = validated(actor, command);
        long id = people.insert(actor.unitId(), actor.unitPath(), clean, actor.accountId(), clock.instant());
        audit.record("publicity.person.create", "publicity_person", id, actor.unitPath(),
                messages.get("publicity.person.audit.create", clean.name()), null, clean);
        return id;
    }

    public void revise(Actor actor, long id, SavePerson command, Integer version) {
        ExemplaryPerson person = visible(id, actor);
        person.guardEdit(actor);
        SavePerson clean = validated(actor, command);
        people.revise(person, clean, version == null ? person.version() : version, clock.instant());
        audit.record("publicity.person.revise", "publicity_person", id, person.unitPath(),
                messages.get("publicity.person.audit.revise", clean.name()), summary(person), clean);
    }

    public void delete(Actor actor, long id, Integer version) {
        ExemplaryPerson person = visible(id, actor);
        person.guardEdit(actor);
        if (version != null && version != person.version()) {
            throw new OptimisticLockingFailureException("publicity_person " + id);
        }
        people.delete(id);
        audit.record("publicity.person.delete", "publicity_person", id, person.unitPath(),
                messages.get("publicity.person.audit.delete", person.name()), summary(person), null);
    }

    public StoredFile photo(Actor actor, long id, Upload upload) {
        ExemplaryPerson person = visible(id, actor);
        person.guardEdit(actor);
        if (upload == null) {
            throw BusinessException.invalid("file", "publicity.person.photo.required");
        }
        StoredFile photo = files.store("file", upload.filename(), upload.content(), PHOTO);
        people.photo(id, photo.id(), clock.instant());
        audit.record("publicity.person.photo", "publicity_person", id, person.unitPath(),
                messages.get("publicity.person.audit.photo", person.name(), photo.filename()), null, photo);
        return photo;
    }

    /** Links a submission the actor may see (a case or an exemplar of their subtree) to the person. */
    public void link(Actor actor, long id, Long submissionId) {
        ExemplaryPerson person = visible(id, actor);
        person.guardEdit(actor);
        if (submissionId == null) {
            throw BusinessException.invalid("submissionId", "publicity.person.link.required");
        }
        String title = people.visibleSubmission(submissionId, actor.scopePath(), actor.unitId())
                .orElseThrow(() -> BusinessException.invalid("submissionId", "publicity.person.link.unknown"));
        if (people.link(id, submissionId, actor.accountId(), clock.instant())) {
            audit.record("publicity.person.link", "publicity_person", id, person.unitPath(),
                    messages.get("publicity.person.audit.link", person.name(), title), null, submissionId);
        }
    }

    public void unlink(Actor actor, long id, long submissionId) {
        ExemplaryPerson person = visible(id, actor);
        person.guardEdit(actor);
        if (people.unlink(id, submissionId)) {
            audit.record("publicity.person.unlink", "publicity_person", id, person.unitPath(),
                    messages.get("publicity.person.audit.unlink", person.name(), submissionId), submissionId, null);
        }
    }

    public void recordConsent(Actor actor, long id, RecordConsent command, Integer version) {
        ExemplaryPerson person = visible(id, actor);
        Instant now = clock.instant();
        ExemplaryPerson after = person.recordConsent(actor, command, now);
        people.saveState(after, version == null ? person.version() : version, now);
        audit.record("publicity.person.consent", "publicity_person", id, person.unitPath(),
                messages.get("publicity.person.audit.consent", person.name(),
                        messages.get("publicity.person.consent." + command.method())), null, after.consent());
    }

    /** 撤回同意: unpublishes the page at once, in the same transaction. */
    public void withdrawConsent(Actor actor, long id, Integer version) {
        ExemplaryPerson person = visible(id, actor);
        ExemplaryPerson after = person.withdrawConsent(actor);
        people.saveState(after, version == null ? person.version() : version, clock.instant());
        audit.record("publicity.person.consent.withdraw", "publicity_person", id, person.unitPath(),
                messages.get("publicity.person.audit.consentWithdrawn", person.name()), person.consent(), null);
    }

    public void publish(Actor actor, long id, Integer version) {
        ExemplaryPerson person = visible(id, actor);
        Instant now = clock.instant();
        people.saveState(person.publish(actor, now), version == null ? person.version() : version, now);
        audit.record("publicity.person.publish", "publicity_person", id, person.unitPath(),
                messages.get("publicity.person.audit.publish", person.name()), null, now);
    }

    public void unpublish(Actor actor, long id, Integer version) {
        ExemplaryPerson person = visible(id, actor);
        people.saveState(person.unpublish(actor), version == null ? person.version() : version, clock.instant());
        audit.record("publicity.person.unpublish", "publicity_person", id, person.unitPath(),
                messages.get("publicity.person.audit.unpublish", person.name()), person.publishedAt(), null);
    }

    private SavePerson validated(Actor actor, SavePerson c) {
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty()) {
            throw BusinessException.invalid("name", "publicity.person.name.required");
        }
        if (name.length() > 50) {
            throw BusinessException.invalid("name", "publicity.person.name.tooLong", 50);
        }
        String post = c.post() == null ? "" : c.post().strip();
        if (post.length() > 100) {
            throw BusinessException.invalid("post", "publicity.person.post.tooLong", 100);
        }
        String story = RichText.sanitise(c.storyHtml());
        if (story.length() > MAX_STORY) {
            throw BusinessException.invalid("storyHtml", "publicity.person.story.tooLong", MAX_STORY);
        }
        if (c.memberId() != null) {
            Map<Long, MemberRef> found = members.findAll(Set.of(c.memberId()));
            MemberRef member = found.get(c.memberId());
            if (member == null || !member.isWithin(actor.scopePath())) {
                throw BusinessException.invalid("memberId", "publicity.person.member.unknown");
            }
        }
        return new SavePerson(name, post, story, c.memberId());
    }

    private static Map<String, Object> summary(ExemplaryPerson p) {
        return Map.of("name", p.name(), "post", p.post(), "memberId", p.memberId() == null ? "" : p.memberId());
    }
}
