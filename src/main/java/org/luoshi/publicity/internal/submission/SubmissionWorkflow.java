package org.luoshi.publicity.internal.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.publicity.internal.submission.SubmissionRepository.FileRole;
import org.luoshi.publicity.internal.submission.SubmissionRepository.SubmissionFile;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Thumbnails;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts, submits and reviews submissions: commands in, the aggregate's rules, each change audited, its events
 * (submitted, decided, withdrawn, counted) published in the same transaction, one clock.
 */
@Service
@Transactional
public class SubmissionWorkflow {

    static final Set<FileType> PHOTO = Set.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);
    static final Set<FileType> ATTACHMENT = Set.of(FileType.values());
    static final int MAX_PHOTOS = 30;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_CAPTION = 200;

    private final SubmissionRepository submissions;
    private final UnitDirectory units;
    private final MemberDirectory members;
    private final LinkableItems linkable;
    private final FileStore files;
    private final Thumbnails thumbnails;
    private final ObjectProvider<SubmissionUse> uses;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    SubmissionWorkflow(SubmissionRepository submissions, UnitDirectory units, MemberDirectory members,
            LinkableItems linkable, FileStore files, Thumbnails thumbnails, ObjectProvider<SubmissionUse> uses,
            AuditTrail audit, Messages messages, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.submissions = submissions;
        this.units = units;
        this.members = members;
        this.linkable = linkable;
        this.files = files;
        this.thumbnails = thumbnails;
        this.uses = uses;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The submission, if the actor may see it; else 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public Submission visible(long id, Actor actor) {
        return submissions.find(id).filter(s -> s.mayView(actor))
                .orElseThrow(() -> BusinessException.notFound("publicity.submission.notFound"));
    }

    /** 起草: a draft of the actor's unit, saved as typed. */
    public long draft(Actor actor, EditSubmission command) {
        Submission draft = Submission.newFor(actor, command.kind());
        Instant now = clock.instant();
        draft.edit(actor, command, item(draft, command.itemId()), member(command.memberId()), now);
        long id = submissions.insert(draft, actor.accountId(), now);
        audit.record("publicity.submission.draft", "publicity_submission", id, draft.unitPath(),
                messages.get("publicity.submission.audit.draft", label(draft)), null, summary(draft));
        return id;
    }

    /** Starts a draft with files already in the store (NewsDrafts: an activity's summary and photos). */
    long draft(Actor actor, EditSubmission command, Long activityId, List<Long> photoIds, List<String> photoCaptions,
            List<Long> attachmentIds) {
        long id = draft(actor, command);
        if (activityId != null) {
            Submission s = submissions.find(id).orElseThrow();
            s.reportsActivity(activityId);
            submissions.update(s, null, actor.accountId(), clock.instant());
        }
        for (int i = 0; i < photoIds.size(); i++) {
            StoredFile photo = files.find(photoIds.get(i))
                    .orElseThrow(() -> BusinessException.invalid("photos", "publicity.submission.file.notFound"));
            if (!photo.isImage()) {
                throw BusinessException.invalid("photos", "publicity.submission.photo.notImage", photo.filename());
            }
            byte[] content = files.content(photo.id()).orElse(new byte[0]);
            Long thumbnail = thumbnails.of(photo, content).map(StoredFile::id).orElse(null);
            submissions.addFile(id, photo.id(), FileRole.PHOTO, caption(photoCaptions.get(i)), thumbnail);
        }
        for (Long attachmentId : attachmentIds) {
            StoredFile file = files.find(attachmentId).orElseThrow(
                    () -> BusinessException.invalid("attachments", "publicity.submission.file.notFound"));
            submissions.addFile(id, file.id(), FileRole.ATTACHMENT, null, null);
        }
        return id;
    }

    /** 保存: the draft (or returned submission) as typed now; saving what is already saved changes nothing. */
    public void save(Actor actor, long id, EditSubmission command, Integer version) {
        Submission s = visible(id, actor);
        Map<String, Object> before = summary(s);
        Instant now = clock.instant();
        List<Object> counting = s.edit(actor, command, item(s, command.itemId()), member(command.memberId()), now);
        Map<String, Object> after = summary(s);
        if (before.equals(after) && (version == null || version == s.version())) {
            return;
        }
        submissions.update(s, version, actor.accountId(), now);
        counting.forEach(events::publishEvent);
        audit.record("publicity.submission.save", "publicity_submission", id, s.unitPath(),
                messages.get("publicity.submission.audit.save", label(s)), before, after);
    }

    /** 报送 (or 再次报送 after a return, with 修改说明): the version as it stands is kept and goes up. */
    public void submit(Actor actor, long id, String note, Integer version) {
        Submission s = visible(id, actor);
        Instant now = clock.instant();
        if (s.item() != null && linkable.find(s.unitId(), s.item().itemId()).isEmpty()) {
            throw BusinessException.invalid("itemId", "publicity.submission.item.notLinkable");
        }
        List<Object> happened = s.submit(actor, note, now);
        submissions.update(s, version, actor.accountId(), now);
        submissions.insertVersion(s, note == null || note.isBlank() ? null : note.strip(),
                filesJson(submissions.files(id)), actor.accountId(), now);
        happened.forEach(events::publishEvent);
        audit.record("publicity.submission.submit", "publicity_submission", id, s.unitPath(),
                messages.get("publicity.submission.audit.submit", label(s), s.submittedVersion(),
                        unitName(s.reviewerUnitId())), null,
                Map.of("version", s.submittedVersion(), "reviewerUnitId", s.reviewerUnitId()));
    }

    /** 审核: the actor's level decides on the version submitted last. */
    public void decide(Actor actor, long id, DecideSubmission command, Integer version) {
        Submission s = visible(id, actor);
        Instant now = clock.instant();
        String level = units.find(actor.unitId()).map(u -> u.type().name())
                .orElseThrow(() -> BusinessException.forbidden("publicity.submission.notStaff"));
        List<Object> happened = s.decide(actor, command, level, now);
        submissions.update(s, version, actor.accountId(), now);
        happened.forEach(events::publishEvent);
        Ruling ruling = s.rulings().get(s.rulings().size() - 1);
        audit.record("publicity.review.decide", "publicity_submission", id, s.unitPath(),
                messages.get("publicity.review.audit.decide", label(s),
                        messages.get("publicity.decision." + ruling.decision().name())), null,
                Map.of("decision", ruling.decision(), "comment", ruling.comment() == null ? "" : ruling.comment(),
                        "level", level));
    }

    /** 撤回审核意见: the actor's level takes its last decision back, until the next step is taken. */
    public void withdrawDecision(Actor actor, long id, Integer version) {
        Submission s = visible(id, actor);
        Instant now = clock.instant();
        Ruling last = s.lastLive().orElse(null);
        List<Object> happened = s.withdrawDecision(actor, usedBy(s), now);
        submissions.update(s, version, actor.accountId(), now);
        happened.forEach(events::publishEvent);
        audit.record("publicity.review.withdraw", "publicity_submission", id, s.unitPath(),
                messages.get("publicity.review.audit.withdraw", label(s),
                        messages.get("publicity.decision." + last.decision().name())),
                Map.of("decision", last.decision()), null);
    }

    /** Whether the actor may withdraw the last decision now, in use elsewhere or not. */
    @Transactional(readOnly = true)
    public boolean mayWithdrawDecision(Actor actor, Submission s) {
        return s.mayWithdrawDecision(actor)
                && !(s.lastLive().map(r -> r.decision().adopts()).orElse(false) && usedBy(s).isPresent());
    }

    /** What uses the adopted submission (an article, a briefing), as each part that uses them answers. */
    private Optional<String> usedBy(Submission s) {
        return uses.orderedStream().map(use -> use.usedBy(s.id())).flatMap(Optional::stream).findFirst();
    }

    /** Throws away a draft never submitted. */
    public void discard(Actor actor, long id, Integer version) {
        Submission s = visible(id, actor);
        if (!s.mayDiscard(actor)) {
            throw BusinessException.conflict("publicity.submission.notDiscardable");
        }
        if (version != null && version != s.version()) {
            throw new OptimisticLockingFailureException("publicity_submission " + id);
        }
        submissions.delete(id);
        audit.record("publicity.submission.discard", "publicity_submission", id, s.unitPath(),
                messages.get("publicity.submission.audit.discard", label(s)), summary(s), null);
    }

    /** Adds a photo (an image, by its content) with its caption; a thumbnail is made beside it. */
    public StoredFile addPhoto(Actor actor, long id, Upload upload, String caption) {
        Submission s = editable(actor, id);
        String clean = caption(caption);
        if (submissions.files(id).stream().filter(f -> f.role() == FileRole.PHOTO).count() >= MAX_PHOTOS) {
            throw BusinessException.invalid("file", "publicity.submission.photos.tooMany", MAX_PHOTOS);
        }
        StoredFile photo = files.store("file", upload.filename(), upload.content(), PHOTO);
        Long thumbnail = thumbnails.of(photo, upload.content()).map(StoredFile::id).orElse(null);
        submissions.addFile(id, photo.id(), FileRole.PHOTO, clean, thumbnail);
        submissions.touch(id, clock.instant());
        audit.record("publicity.submission.file", "publicity_submission", id, s.unitPath(),
                messages.get("publicity.submission.audit.photo", label(s), photo.filename()), null, photo);
        return photo;
    }

    /** Adds an attachment (PDF, Word, Excel or an image, by its content; the store's size limit applies). */
    public StoredFile addAttachment(Actor actor, long id, Upload upload) {
        Submission s = editable(actor, id);
        if (submissions.files(id).stream().filter(f -> f.role() == FileRole.ATTACHMENT).count()
                >= MAX_ATTACHMENTS) {
            throw BusinessException.invalid("file", "publicity.submission.attachments.tooMany", MAX_ATTACHMENTS);
        }
        StoredFile file = files.store("file", upload.filename(), upload.content(), ATTACHMENT);
        submissions.addFile(id, file.id(), FileRole.ATTACHMENT, null, null);
        submissions.touch(id, clock.instant());
        audit.record("publicity.submission.file", "publicity_submission", id, s.unitPath(),
                messages.get("publicity.submission.audit.attachment", label(s), file.filename()), null, file);
        return file;
    }

    public void caption(Actor actor, long id, long fileId, String caption) {
        Submission s = editable(actor, id);
        SubmissionFile file = fileOf(id, fileId);
        String clean = caption(caption);
        submissions.caption(id, fileId, clean);
        submissions.touch(id, clock.instant());
        audit.record("publicity.submission.file", "publicity_submission", id, s.unitPath(),
                messages.get("publicity.submission.audit.caption", label(s), file.filename()), file.caption(),
                clean);
    }

    public void removeFile(Actor actor, long id, long fileId) {
        Submission s = editable(actor, id);
        SubmissionFile file = fileOf(id, fileId);
        submissions.removeFile(id, fileId);
        submissions.touch(id, clock.instant());
        audit.record("publicity.submission.file.remove", "publicity_submission", id, s.unitPath(),
                messages.get("publicity.submission.audit.fileRemoved", label(s), file.filename()), file, null);
    }

    private SubmissionFile fileOf(long id, long fileId) {
        return submissions.files(id).stream().filter(f -> f.fileId() == fileId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("publicity.submission.file.notFound"));
    }

    private Submission editable(Actor actor, long id) {
        Submission s = visible(id, actor);
        if (!s.mayEdit(actor)) {
            throw s.unitId() == actor.unitId() && Submission.isStaff(actor)
                    ? BusinessException.conflict("publicity.submission.notEditable")
                    : BusinessException.forbidden("publicity.submission.notYourUnit");
        }
        return s;
    }

    /** The item the command links to, checked as linkable for the unit (the one already linked stays linked). */
    private ItemRef item(Submission s, Long itemId) {
        if (itemId == null) {
            return null;
        }
        if (s.item() != null && s.item().itemId() == itemId) {
            return s.item();
        }
        return linkable.find(s.unitId(), itemId).map(LinkableItem::item)
                .orElseThrow(() -> BusinessException.invalid("itemId", "publicity.submission.item.notLinkable"));
    }

    private MemberRef member(Long memberId) {
        if (memberId == null) {
            return null;
        }
        MemberRef member = members.findAll(List.of(memberId)).get(memberId);
        if (member == null) {
            throw BusinessException.invalid("memberId", "publicity.submission.member.unknown", memberId);
        }
        return member;
    }

    private String caption(String caption) {
        if (caption == null || caption.isBlank()) {
            return null;
        }
        String clean = caption.strip();
        if (clean.length() > MAX_CAPTION) {
            throw BusinessException.invalid("caption", "publicity.submission.text.tooLong", MAX_CAPTION);
        }
        return clean;
    }

    private String filesJson(List<SubmissionFile> current) {
        return json.writeValueAsString(current.stream().map(f -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("fileId", f.fileId());
            entry.put("role", f.role().name());
            entry.put("caption", f.caption());
            entry.put("thumbnailId", f.thumbnailId());
            entry.put("filename", f.filename());
            return entry;
        }).toList());
    }

    private String label(Submission s) {
        return messages.get("publicity.kind." + s.kind().name()) + "《" + (s.title().isBlank()
                ? messages.get("publicity.submission.untitled") : s.title()) + "》";
    }

    private String unitName(Long unitId) {
        return unitId == null ? "" : units.find(unitId).map(UnitRef::name).orElse("");
    }

    private static Map<String, Object> summary(Submission s) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kind", s.kind());
        summary.put("title", s.title());
        summary.put("bodyHtml", s.bodyHtml());
        summary.put("author", s.author());
        summary.put("contact", s.contact());
        summary.put("itemId", s.item() == null ? null : s.item().itemId());
        summary.put("memberId", s.memberId());
        return summary;
    }
}
