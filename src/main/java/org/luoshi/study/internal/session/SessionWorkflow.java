package org.luoshi.study.internal.session;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.plan.WorkCounted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Thumbnails;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, revises and deletes collective study sessions, with their photos, sign-in sheet and attendee lists;
 * each change audited, and counted toward (or withdrawn from) its plan item in the same transaction.
 */
@Service
@Transactional
public class SessionWorkflow {

    static final Set<FileType> PHOTO = Set.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);
    static final Set<FileType> SIGN_IN = Set.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP,
            FileType.PDF);
    static final int MAX_PHOTOS = 30;

    private final StudySessionRepository sessions;
    private final MemberDirectory members;
    private final LinkableItems linkable;
    private final StudyLibrary library;
    private final PlannedSessions planned;
    private final FileStore files;
    private final Thumbnails thumbnails;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionWorkflow(StudySessionRepository sessions, MemberDirectory members, LinkableItems linkable,
            StudyLibrary library, PlannedSessions planned, FileStore files, Thumbnails thumbnails, AuditTrail audit,
            Messages messages, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.members = members;
        this.linkable = linkable;
        this.library = library;
        this.planned = planned;
        this.files = files;
        this.thumbnails = thumbnails;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The session, if the actor's subtree holds it; else 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public StudySession visible(long id, Actor actor) {
        return sessions.find(id).filter(s -> s.mayView(actor))
                .orElseThrow(() -> BusinessException.notFound("study.session.notFound"));
    }

    public long record(Actor actor, RecordSession command) {
        StudySession session = StudySession.newFor(actor);
        apply(actor, session, command);
        Instant now = clock.instant();
        long id = sessions.insert(session, actor.accountId(), now);
        StudySession saved = session.withId(id);
        saved.counted(now).ifPresent(events::publishEvent);
        audit.record("study.session.record", "study_session", id, saved.unitPath(),
                messages.get("study.session.audit.record", saved.topic(), saved.heldOn()), null, summary(saved));
        return id;
    }

    public void revise(Actor actor, long id, RecordSession command, Integer version) {
        StudySession session = visible(id, actor);
        Map<String, Object> before = summary(session);
        Instant now = clock.instant();
        Optional<WorkCounted> counted = session.counted(now);
        apply(actor, session, command);
        sessions.update(session, version, now);
        session.countingSince(counted, now).forEach(events::publishEvent);
        audit.record("study.session.revise", "study_session", id, session.unitPath(),
                messages.get("study.session.audit.revise", session.topic(), session.heldOn()), before,
                summary(session));
    }

    public void delete(Actor actor, long id, Integer version) {
        StudySession session = visible(id, actor);
        if (version != null && version != session.version()) {
            throw new OptimisticLockingFailureException("study_session " + id);
        }
        Instant now = clock.instant();
        session.deleted(actor, now).forEach(events::publishEvent);
        sessions.delete(id);
        audit.record("study.session.delete", "study_session", id, session.unitPath(),
                messages.get("study.session.audit.delete", session.topic(), session.heldOn()), summary(session),
                null);
    }

    private void apply(Actor actor, StudySession session, RecordSession command) {
        if (!session.mayEdit(actor)) {
            throw BusinessException.forbidden("study.session.notYourUnit");
        }
        List<StudySession.Attendee> attendees = attendees(command.attendeeIds());
        List<StudySession.Material> materials = new ArrayList<>(library.materials(command.materialIds(),
                session.unitPath()));
        command.materialTitles().forEach(title -> materials.add(new StudySession.Material(null, title)));
        ItemRef item = item(session, command.itemId());
        if (command.plannedId() != null && !planned.isOfUnit(command.plannedId(), session.unitId())) {
            throw BusinessException.invalid("plannedId", "study.session.planned.notFound");
        }
        session.apply(actor, command, attendees, materials, item, LocalDate.now(clock));
    }

    /** The item the command links to, checked as linkable for the unit (the one already linked stays linked). */
    private ItemRef item(StudySession session, Long itemId) {
        if (itemId == null) {
            return null;
        }
        if (session.item() != null && session.item().itemId() == itemId) {
            return session.item();
        }
        return linkable.find(session.unitId(), itemId).map(LinkableItem::item)
                .orElseThrow(() -> BusinessException.invalid("itemId", "study.session.item.notLinkable"));
    }

    /** The members as the registry knows them, in the order given; an unknown id is refused. */
    private List<StudySession.Attendee> attendees(List<Long> ids) {
        if (ids.size() > StudySession.MAX_ATTENDEES) {
            throw BusinessException.invalid("attendeeIds", "study.session.attendees.tooMany",
                    StudySession.MAX_ATTENDEES);
        }
        Map<Long, MemberRef> found = members.findAll(ids);
        List<StudySession.Attendee> attendees = new ArrayList<>();
        for (Long id : ids) {
            MemberRef member = found.get(id);
            if (member == null) {
                throw BusinessException.invalid("attendeeIds", "study.session.attendee.unknown", id);
            }
            attendees.add(attendee(member));
        }
        return attendees;
    }

    static StudySession.Attendee attendee(MemberRef member) {
        return new StudySession.Attendee(member.id(), member.name(), member.unitId(), member.unitPath());
    }

    public StoredFile addPhoto(Actor actor, long id, Upload upload) {
        StudySession session = editable(actor, id);
        if (sessions.photos(id).size() >= MAX_PHOTOS) {
            throw BusinessException.invalid("file", "study.session.photos.tooMany", MAX_PHOTOS);
        }
        StoredFile photo = files.store("file", upload.filename(), upload.content(), PHOTO);
        Long thumbnail = thumbnails.of(photo, upload.content()).map(StoredFile::id).orElse(null);
        sessions.addPhoto(id, photo, thumbnail);
        audit.record("study.session.photo", "study_session", id, session.unitPath(),
                messages.get("study.session.audit.photo", session.topic(), photo.filename()), null, photo);
        return photo;
    }

    public void removePhoto(Actor actor, long id, long fileId) {
        StudySession session = editable(actor, id);
        if (sessions.photos(id).stream().noneMatch(p -> p.fileId() == fileId)) {
            throw BusinessException.notFound("study.session.file.notFound");
        }
        sessions.removePhoto(id, fileId);
        audit.record("study.session.photo.remove", "study_session", id, session.unitPath(),
                messages.get("study.session.audit.photoRemoved", session.topic()), fileId, null);
    }

    public StoredFile setSignInSheet(Actor actor, long id, Upload upload) {
        StudySession session = editable(actor, id);
        StoredFile sheet = files.store("file", upload.filename(), upload.content(), SIGN_IN);
        sessions.setSignInSheet(id, sheet.id());
        audit.record("study.session.signIn", "study_session", id, session.unitPath(),
                messages.get("study.session.audit.signIn", session.topic(), sheet.filename()), null, sheet);
        return sheet;
    }

    /**
     * Adds the members an Excel list names (姓名 and 身份证号, or 姓名 alone when one member of the unit's subtree
     * bears it) to those who attended: good rows are kept, each bad row reported with its number and reason.
     */
    public ImportReport importAttendees(Actor actor, long id, InputStream xlsx) {
        StudySession session = editable(actor, id);
        AttendeeList list = AttendeeList.read(xlsx, session.unitPath(), members, messages);
        List<StudySession.Attendee> added = session.addAttendees(actor, list.found());
        Set<Long> addedIds = new java.util.HashSet<>(added.stream().map(StudySession.Attendee::memberId).toList());
        list.found().stream().filter(a -> !addedIds.contains(a.memberId())).forEach(a -> list.report().reject(
                list.rowOf(a.memberId()), AttendeeList.NAME, messages.get("study.session.import.already", a.name())));
        sessions.addAttendees(id, added, clock.instant());
        list.report().imported(added.size());
        audit.record("study.session.attendees.import", "study_session", id, session.unitPath(),
                messages.get("study.session.audit.import", session.topic(), added.size(),
                        list.report().rejectedRowCount()), null, Map.of("added", addedIds));
        return list.report();
    }

    private StudySession editable(Actor actor, long id) {
        StudySession session = visible(id, actor);
        if (!session.mayEdit(actor)) {
            throw BusinessException.forbidden("study.session.notYourUnit");
        }
        return session;
    }

    private static Map<String, Object> summary(StudySession s) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("form", s.form());
        summary.put("heldOn", s.heldOn());
        summary.put("durationMinutes", s.durationMinutes());
        summary.put("topic", s.topic());
        summary.put("leadName", s.leadName());
        summary.put("attendees", s.attendees().size());
        summary.put("otherCount", s.otherCount());
        summary.put("leaders", s.leaders());
        summary.put("itemId", s.item() == null ? null : s.item().itemId());
        return summary;
    }
}
