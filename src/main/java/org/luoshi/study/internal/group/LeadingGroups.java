package org.luoshi.study.internal.group;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.shared.crypto.Masking;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and changes leading groups: each change checked by the aggregate, saved on the version read, written to
 * the group's history and the audit trail, and counted toward (or withdrawn from) the plan item, in one transaction.
 */
@Service
public class LeadingGroups {

    static final String ENTITY = "study_group";
    static final Set<FileType> DOCUMENT_TYPES = Set.of(FileType.PDF, FileType.DOCX, FileType.PNG, FileType.JPEG);
    private static final int HISTORY_SHOWN = 100;

    private final LeadingGroupRepository groups;
    private final UnitDirectory units;
    private final MemberDirectory members;
    private final LinkableItems linkable;
    private final FileStore files;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadingGroups(LeadingGroupRepository groups, UnitDirectory units, MemberDirectory members,
            LinkableItems linkable, FileStore files, AuditTrail audit, Messages messages,
            ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.units = units;
        this.members = members;
        this.linkable = linkable;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The group, if within the actor's subtree; anything else is "not found". */
    public LeadingGroup find(Actor actor, long id) {
        return groups.find(id).filter(group -> group.mayView(actor))
                .orElseThrow(() -> BusinessException.notFound("study.group.notFound"));
    }

    /** The unit's group for the plan, if it has recorded one. */
    public Optional<Long> idOf(long unitId, long planId) {
        return groups.idOf(unitId, planId);
    }

    /** A unit within the actor's subtree, or "not found". */
    public UnitRef unit(Actor actor, long unitId) {
        return units.find(unitId).filter(unit -> actor.covers(unit.path()))
                .orElseThrow(() -> BusinessException.notFound("study.group.unit.notFound"));
    }

    /** The items the unit may count its group toward, grouped by plan in the order {@link LinkableItems} gives. */
    public Map<Long, List<LinkableItem>> linkableByPlan(long unitId) {
        Map<Long, List<LinkableItem>> byPlan = new LinkedHashMap<>();
        for (LinkableItem item : linkable.of(unitId)) {
            byPlan.computeIfAbsent(item.item().planId(), id -> new ArrayList<>()).add(item);
        }
        return byPlan;
    }

    /** As {@link #linkableByPlan}, leaving out the plans the unit already has a group for. */
    public Map<Long, List<LinkableItem>> linkableWithoutGroup(long unitId) {
        Map<Long, List<LinkableItem>> byPlan = linkableByPlan(unitId);
        byPlan.keySet().removeIf(planId -> groups.idOf(unitId, planId).isPresent());
        return byPlan;
    }

    @Transactional
    public LeadingGroup record(Actor actor, RecordLeadingGroup command) {
        long unitId = command.unitId() == null ? actor.unitId() : command.unitId();
        UnitRef unit = unit(actor, unitId);
        if (!LeadingGroup.mayRecord(actor, unitId)) {
            throw BusinessException.forbidden("study.group.forbidden");
        }
        Long planId = command.planId();
        if (planId == null && command.itemId() != null) {
            planId = linkable.find(unitId, command.itemId()).map(item -> item.item().planId())
                    .orElseThrow(() -> BusinessException.invalid("itemId", "study.group.item.notLinkable"));
        }
        if (planId == null) {
            throw BusinessException.invalid("planId", "study.group.plan.required");
        }
        List<LinkableItem> items = linkableByPlan(unitId).getOrDefault(planId, List.of());
        if (items.isEmpty()) {
            throw BusinessException.invalid("planId", "study.group.plan.notLinkable");
        }
        if (groups.idOf(unitId, planId).isPresent()) {
            throw BusinessException.invalid("planId", "study.group.exists");
        }
        LinkableItem item = command.itemId() == null ? items.get(0) : items.stream()
                .filter(candidate -> candidate.item().itemId() == command.itemId()).findFirst()
                .orElseThrow(() -> BusinessException.invalid("itemId", "study.group.item.notLinkable"));
        LeadingGroup group = groups.save(LeadingGroup.setUp(actor, unitId, unit.path(), planId,
                item.planTitle(), item.item().itemId(), command.setUpOn(), today()), now());
        changed(actor, group, unit, "study.group.change.recorded", group.setUpOn(), item.label());
        audit.record("STUDY_GROUP_RECORD", ENTITY, group.id(), unit.path(),
                messages.get("study.group.audit.recorded", unit.name(), group.planTitle()), null, snapshot(group));
        count(group, unit);
        return group;
    }

    @Transactional
    public LeadingGroup edit(Actor actor, long id, EditLeadingGroup command) {
        LeadingGroup group = find(actor, id);
        group.requireVersion(command.version());
        UnitRef unit = unit(actor, group.unitId());
        Long itemBefore = group.itemId();
        LocalDate dateBefore = group.setUpOn();
        String label = null;
        if (command.itemId() != null) {
            label = linkable.find(group.unitId(), command.itemId())
                    .filter(item -> item.item().planId() == group.planId()).map(LinkableItem::label)
                    .orElseThrow(() -> BusinessException.invalid("itemId", "study.group.item.notLinkable"));
        }
        Map<String, Object> before = snapshot(group);
        WorkCounted countedBefore = group.counted(title(unit), now()).orElse(null);
        group.edit(actor, command.setUpOn(), command.itemId(), today());
        LeadingGroup saved = groups.save(group, now());
        if (!Objects.equals(dateBefore, saved.setUpOn())) {
            changed(actor, saved, unit, "study.group.change.date", dateBefore, saved.setUpOn());
        }
        if (!Objects.equals(itemBefore, saved.itemId())) {
            if (saved.itemId() == null) {
                changed(actor, saved, unit, "study.group.change.unlinked");
                events.publishEvent(WorkUncounted.of(countedBefore, now()));
            } else {
                changed(actor, saved, unit, "study.group.change.linked", label);
            }
        }
        audit.record("STUDY_GROUP_EDIT", ENTITY, id, unit.path(),
                messages.get("study.group.audit.edited", unit.name(), saved.planTitle()), before, snapshot(saved));
        if (!Objects.equals(itemBefore, saved.itemId())) {
            count(saved, unit); // relinked: plan counts it again toward the new item
        }
        return saved;
    }

    @Transactional
    public void delete(Actor actor, long id) {
        LeadingGroup group = find(actor, id);
        group.requireMayDelete(actor);
        UnitRef unit = unit(actor, group.unitId());
        group.counted(title(unit), now()).ifPresent(counted -> events.publishEvent(WorkUncounted.of(counted, now())));
        groups.delete(id);
        audit.record("STUDY_GROUP_DELETE", ENTITY, id, unit.path(),
                messages.get("study.group.audit.deleted", unit.name(), group.planTitle()), snapshot(group), null);
    }

    @Transactional
    public Seat addSeat(Actor actor, long id, SeatDetails details) {
        LeadingGroup group = find(actor, id);
        Set<Long> before = group.seats().stream().map(Seat::id).collect(Collectors.toSet());
        group.addSeat(actor, details, registryName(details, group));
        LeadingGroup saved = groups.save(group, now());
        Seat stored = saved.seats().stream().filter(s -> !before.contains(s.id())).findFirst().orElseThrow();
        UnitRef unit = unit(actor, group.unitId());
        changed(actor, saved, unit, "study.group.change.seatAdded", stored.name(), role(stored.role()));
        audit.record("STUDY_GROUP_SEAT_ADD", ENTITY, id, unit.path(),
                messages.get("study.group.audit.seatAdded", stored.name(), unit.name()), null, seatSnapshot(stored));
        return stored.masked();
    }

    @Transactional
    public Seat editSeat(Actor actor, long id, long seatId, SeatDetails details) {
        LeadingGroup group = find(actor, id);
        Seat before = group.seat(seatId);
        Seat after = group.editSeat(actor, seatId, details, registryName(details, group));
        groups.save(group, now());
        UnitRef unit = unit(actor, group.unitId());
        changed(actor, group, unit, "study.group.change.seatEdited", after.name(), seatChanges(before, after));
        audit.record("STUDY_GROUP_SEAT_EDIT", ENTITY, id, unit.path(),
                messages.get("study.group.audit.seatEdited", after.name(), unit.name()), seatSnapshot(before),
                seatSnapshot(after));
        return after.masked();
    }

    @Transactional
    public void removeSeat(Actor actor, long id, long seatId) {
        LeadingGroup group = find(actor, id);
        Seat removed = group.removeSeat(actor, seatId);
        groups.save(group, now());
        UnitRef unit = unit(actor, group.unitId());
        changed(actor, group, unit, "study.group.change.seatRemoved", removed.name(), role(removed.role()));
        audit.record("STUDY_GROUP_SEAT_REMOVE", ENTITY, id, unit.path(),
                messages.get("study.group.audit.seatRemoved", removed.name(), unit.name()), seatSnapshot(removed),
                null);
    }

    /** 成立文件: replaces the one before, if any (the history keeps that it was replaced). */
    @Transactional
    public StoredFile attachDocument(Actor actor, long id, Upload upload) {
        LeadingGroup group = find(actor, id);
        if (!group.mayEdit(actor)) {
            throw BusinessException.forbidden("study.group.forbidden");
        }
        if (upload == null) {
            throw BusinessException.invalid("document", "study.group.document.required");
        }
        StoredFile file = files.store("document", upload.filename(), upload.content(), DOCUMENT_TYPES);
        boolean replaced = group.documentId() != null;
        group.attachDocument(actor, file.id());
        groups.save(group, now());
        UnitRef unit = unit(actor, group.unitId());
        changed(actor, group, unit, replaced ? "study.group.change.documentReplaced" : "study.group.change.document",
                file.filename());
        audit.record("STUDY_GROUP_DOCUMENT", ENTITY, id, unit.path(),
                messages.get("study.group.audit.document", file.filename(), unit.name()), null,
                Map.of("fileId", file.id(), "filename", file.filename()));
        return file;
    }

    public StoredFile document(Actor actor, long id) {
        LeadingGroup group = find(actor, id);
        return group.documentId() == null ? null : files.find(group.documentId()).orElse(null);
    }

    public byte[] documentContent(StoredFile file) {
        return files.content(file.id()).orElseThrow(() -> BusinessException.notFound("study.group.document.none"));
    }

    /** One seat with the full phone number, asked for deliberately and recorded each time. */
    @Transactional
    public Seat reveal(Actor actor, long id, long seatId) {
        LeadingGroup group = find(actor, id);
        if (!group.mayReveal(actor)) {
            throw BusinessException.forbidden("study.group.forbidden.reveal");
        }
        Seat seat = group.seat(seatId);
        if (seat.phone() != null) {
            UnitRef unit = unit(actor, group.unitId());
            audit.record("PERSONAL_DATA_VIEWED", ENTITY, id, unit.path(),
                    messages.get("study.group.audit.revealed", seat.name(), unit.name()), null,
                    Map.of("studyGroupSeatId", seatId));
        }
        return seat;
    }

    public List<GroupChange> history(Actor actor, long id) {
        find(actor, id);
        return groups.changes(id, HISTORY_SHOWN);
    }

    /** A seat's member, named as the registry names them, if within the group unit's subtree; else null. */
    private String registryName(SeatDetails details, LeadingGroup group) {
        if (details.memberId() == null) {
            return null;
        }
        MemberRef member = members.findAll(List.of(details.memberId())).get(details.memberId());
        return member != null && member.isWithin(group.unitPath()) ? member.name() : null;
    }

    private void count(LeadingGroup group, UnitRef unit) {
        group.counted(title(unit), now()).ifPresent(events::publishEvent);
    }

    private String title(UnitRef unit) {
        return messages.get("study.group.counted.title", unit.name());
    }

    private void changed(Actor actor, LeadingGroup group, UnitRef unit, String key, Object... args) {
        groups.recordChange(group.id(), now(), actor.accountId(), actor.displayName(), messages.get(key, args));
    }

    private String seatChanges(Seat before, Seat after) {
        StringBuilder text = new StringBuilder();
        if (before.role() != after.role()) {
            text.append(messages.get("study.group.change.field", messages.get("study.group.seat.role"),
                    role(before.role()), role(after.role())));
        }
        if (!Objects.equals(before.name(), after.name())) {
            text.append(messages.get("study.group.change.field", messages.get("study.group.seat.name"),
                    before.name(), after.name()));
        }
        if (!Objects.equals(before.post(), after.post())) {
            text.append(messages.get("study.group.change.field", messages.get("study.group.seat.post"),
                    blank(before.post()), blank(after.post())));
        }
        if (!Objects.equals(before.phone(), after.phone())) {
            text.append(messages.get("study.group.change.field", messages.get("study.group.seat.phone"),
                    blank(Masking.phone(before.phone())), blank(Masking.phone(after.phone()))));
        }
        return text.isEmpty() ? messages.get("study.group.change.nothing") : text.toString();
    }

    private String blank(String value) {
        return value == null ? messages.get("study.group.none") : value;
    }

    private String role(SeatRole role) {
        return messages.get("study.group.role." + role.name());
    }

    private static Map<String, Object> snapshot(LeadingGroup group) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("unitId", group.unitId());
        map.put("planId", group.planId());
        map.put("itemId", group.itemId());
        map.put("setUpOn", String.valueOf(group.setUpOn()));
        map.put("documentId", group.documentId());
        map.put("seats", group.seats().stream().map(LeadingGroups::seatSnapshot).toList());
        return map;
    }

    private static Map<String, Object> seatSnapshot(Seat seat) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("role", seat.role().name());
        map.put("memberId", seat.memberId());
        map.put("name", seat.name());
        map.put("post", seat.post());
        map.put("phone", Masking.phone(seat.phone()));
        return map;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
