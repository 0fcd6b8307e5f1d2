package org.luoshi.activity.internal.speaker;

import java.time.Clock;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 主讲人库: records and revises speakers and their photo; every change audited. */
@Service
@Transactional
public class SpeakerWorkflow {

    static final Set<FileType> PHOTO = Set.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);

    private final SpeakerRepository speakers;
    private final FileStore files;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    SpeakerWorkflow(SpeakerRepository speakers, FileStore files, AuditTrail audit, Messages messages, Clock clock) {
        this.speakers = speakers;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Speaker visible(long id, Actor actor) {
        return speakers.find(id).filter(s -> s.visibleTo(actor))
                .orElseThrow(() -> BusinessException.notFound("activity.speaker.notFound"));
    }

    public long create(Actor actor, SaveSpeaker command) {
        if (!Speaker.mayCreate(actor)) {
            throw BusinessException.forbidden("activity.forbidden");
        }
        SaveSpeaker clean = Speaker.validated(command);
        long id = speakers.insert(actor.unitId(), actor.unitPath(), clean, actor.accountId(), clock.instant());
        audit.record("activity.speaker.create", "activity_speaker", id, actor.unitPath(),
                messages.get("activity.speaker.audit.create", clean.name()), null, clean);
        return id;
    }

    public void revise(Actor actor, long id, SaveSpeaker command, Integer version) {
        Speaker before = visible(id, actor);
        before.guardEdit(actor);
        SaveSpeaker clean = Speaker.validated(command);
        speakers.update(id, clean, version == null ? before.version() : version, clock.instant());
        audit.record("activity.speaker.revise", "activity_speaker", id, before.unitPath(),
                messages.get("activity.speaker.audit.revise", clean.name()), before, clean);
    }

    public StoredFile photo(Actor actor, long id, Upload upload) {
        Speaker speaker = visible(id, actor);
        speaker.guardEdit(actor);
        if (upload == null) {
            throw BusinessException.invalid("file", "activity.speaker.photo.required");
        }
        StoredFile photo = files.store("file", upload.filename(), upload.content(), PHOTO);
        speakers.photo(id, photo.id(), clock.instant());
        audit.record("activity.speaker.photo", "activity_speaker", id, speaker.unitPath(),
                messages.get("activity.speaker.audit.photo", speaker.name(), photo.filename()), null, photo);
        return photo;
    }

    /** A speaker named by an activity stays in the library: the activity's page shows them. */
    public void delete(Actor actor, long id, Integer version) {
        Speaker before = visible(id, actor);
        before.guardEdit(actor);
        if (version != null && version != before.version()) {
            throw new OptimisticLockingFailureException("activity_speaker " + id);
        }
        int count = speakers.activityCount(id);
        if (count > 0) {
            throw BusinessException.conflict("activity.speaker.delete.inUse", count);
        }
        speakers.delete(id);
        audit.record("activity.speaker.delete", "activity_speaker", id, before.unitPath(),
                messages.get("activity.speaker.audit.delete", before.name()), before, null);
    }
}
