package org.luoshi.org.internal.member;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.MemberMoved;
import org.luoshi.org.MemberStatus;
import org.luoshi.org.MemberStatusChanged;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.crypto.Masking;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会员名册: finding, showing, registering and changing members within the actor's subtree. Phone and ID number are
 * opened only for the rows shown and masked for everyone; an entitled role reveals one member's at a time, and
 * each reveal is recorded in the audit trail (PIPL).
 */
@Service
public class MemberRegistry {

    static final String ENTITY = "MEMBER";

    private final MemberRepository members;
    private final MemberRules rules;
    private final MemberAccess access;
    private final PersonalDataSeal seal;
    private final IdNumberProbes probes;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberRegistry(MemberRepository members, MemberRules rules, MemberAccess access, PersonalDataSeal seal,
            IdNumberProbes probes, UnitDirectory units, AuditTrail audit, Messages messages, Clock clock,
            ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.members = members;
        this.rules = rules;
        this.access = access;
        this.seal = seal;
        this.probes = probes;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
    }

    /** One page of the list: the count and the rows in SQL, only the page's rows decrypted, numbers masked. */
    @Transactional(readOnly = true)
    public Page<MemberView> list(MemberFilter filter, PageQuery query) {
        Actor actor = access.reader();
        UnitRef scope = access.scopeUnit(actor, filter.unitId());
        long total = members.count(scope.path(), filter);
        List<MemberRecord> rows = total == 0 ? List.of()
                : members.page(scope.path(), filter, query.offset(), query.size());
        // The page's units in one query, not one per row.
        Map<Long, UnitRef> pageUnits = new HashMap<>(units.findAll(rows.stream().map(MemberRecord::unitId).toList()));
        return Page.of(views(rows, false, pageUnits), total, query);
    }

    /** A member with phone and ID number masked, whoever asks. */
    @Transactional(readOnly = true)
    public MemberView show(long id) {
        return view(find(access.reader(), id), false, new HashMap<>());
    }

    /** The member as the edit form starts from, numbers masked: only administrators edit. */
    @Transactional(readOnly = true)
    public MemberView forEditing(long id) {
        return view(find(access.manager(), id), false, new HashMap<>());
    }

    /**
     * One member with full phone and ID number, for a role entitled to them, asked for deliberately (a POST): PIPL
     * wants each such access recorded, once, with who saw whose numbers from where.
     */
    @Transactional
    public MemberView reveal(long id) {
        Actor actor = access.revealer();
        MemberRecord member = find(actor, id);
        MemberView view = view(member, true, new HashMap<>());
        if (view.hasPersonalData()) {
            audit.record("PERSONAL_DATA_VIEWED", ENTITY, id, member.unitPath(),
                    messages.get("member.audit.revealed", member.name()), null, Map.of("memberId", id));
        }
        return view;
    }

    /** Finds a member by ID number (exact, via its keyed hash), within the actor's subtree. */
    @Transactional(readOnly = true)
    public Optional<MemberView> lookup(String idNumber) {
        Actor actor = access.reader();
        String normalised = IdNumber.normalise(idNumber);
        if (normalised == null) {
            throw BusinessException.invalid("idNumber", "member.lookup.required");
        }
        return members.findByIdNumberHash(seal.idNumberHash(normalised), actor.scopePath())
                .map(member -> view(member, false, new HashMap<>()));
    }

    @Transactional
    public long register(Long unitId, MemberInput input) {
        Actor actor = access.manager();
        Registration r = validate(actor, unitId, input, null, null);
        long id;
        try {
            id = members.insert(r.unit.id(), r.unit.path(), r.details, seal.seal(r.details));
        } catch (DuplicateKeyException e) {
            throw registeredElsewhere();
        }
        audit.record("MEMBER_CREATED", ENTITY, id, r.unit.path(), messages.get("member.audit.created", r.details.name()),
                null, snapshot(r.details, r.unit.id(), MemberStatus.ACTIVE));
        return id;
    }

    /** Saves an edit made on {@code version}; someone else's save in between is a conflict, not an overwrite. */
    @Transactional
    public void revise(long id, int version, Long unitId, MemberInput input) {
        Actor actor = access.manager();
        MemberRecord before = find(actor, id);
        String storedIdNumber = seal.idNumber(before, true);
        Registration r = validate(actor, unitId, input.keepingMasked(seal.phone(before, true), storedIdNumber), id,
                storedIdNumber);
        boolean saved;
        try {
            saved = members.update(id, version, r.unit.id(), r.unit.path(), r.details, seal.seal(r.details));
        } catch (DuplicateKeyException e) {
            throw registeredElsewhere();
        }
        if (!saved) {
            throw new OptimisticLockingFailureException("member " + id + " changed since version " + version);
        }
        audit.record("MEMBER_UPDATED", ENTITY, id, before.unitPath(), messages.get("member.audit.updated",
                r.details.name()), snapshot(before), snapshot(r.details, r.unit.id(), before.status()));
        if (before.unitId() != r.unit.id()) {
            events.publishEvent(new MemberMoved(id, before.unitId(), r.unit.id(), r.unit.path()));
        }
    }

    @Transactional
    public void changeStatus(long id, int version, MemberStatus target) {
        Actor actor = access.manager();
        MemberRecord member = find(actor, id);
        if (!member.status().mayBecome(target)) {
            throw BusinessException.conflict("member.status.notAllowed", statusLabel(member.status()),
                    statusLabel(target));
        }
        if (!members.changeStatus(id, version, target)) {
            throw new OptimisticLockingFailureException("member " + id + " changed since version " + version);
        }
        audit.record("MEMBER_STATUS_CHANGED", ENTITY, id, member.unitPath(), messages.get(
                        "member.audit.status", member.name(), statusLabel(member.status()), statusLabel(target)),
                Map.of("status", member.status()), Map.of("status", target));
        events.publishEvent(new MemberStatusChanged(id, member.status(), target));
    }

    MemberRecord find(Actor actor, long id) {
        return members.find(id, actor.scopePath()).orElseThrow(() -> BusinessException.notFound("member.notFound"));
    }

    List<MemberView> views(List<MemberRecord> rows, boolean unmasked, Map<Long, UnitRef> unitCache) {
        List<MemberView> views = new ArrayList<>(rows.size());
        for (MemberRecord row : rows) {
            views.add(view(row, unmasked, unitCache));
        }
        return views;
    }

    MemberView view(MemberRecord m, boolean unmasked, Map<Long, UnitRef> unitCache) {
        UnitRef unit = unitCache.computeIfAbsent(m.unitId(), id -> units.find(id).orElse(null));
        return new MemberView(m.id(), m.unitId(), unit == null ? null : unit.code(), unit == null ? null : unit.name(),
                m.name(), m.gender(), m.birthYear(), seal.phone(m, unmasked), seal.idNumber(m, unmasked), unmasked,
                m.field(), m.title(), m.formerEmployer(), m.politicalStatus(), m.joinedOn(), m.status(),
                m.version(), m.updatedAt(), m.birthYear() == null ? null : Year.now(clock).getValue() - m.birthYear());
    }

    private Registration validate(Actor actor, Long unitId, MemberInput input, Long self, String storedIdNumber) {
        MemberRules.Checked checked = rules.check(input);
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        UnitRef unit = unitId == null ? null
                : units.find(unitId).filter(u -> actor.covers(u.path())).orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem("unitId", "member.unit.unknown", new Object[0]));
        } else if (!unit.active()) {
            problems.add(new FieldProblem("unitId", "member.unit.inactive", new Object[] {unit.name()}));
        }
        String idNumber = checked.ok() ? checked.details().idNumber() : null;
        if (idNumber != null && !idNumber.equals(storedIdNumber) && registered(actor, idNumber, self)) {
            problems.add(new FieldProblem("idNumber", "member.idNumber.registered", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new MemberRejected(problems);
        }
        return new Registration(unit, checked.details());
    }

    /**
     * Whether another member holds the ID number. A holder outside the actor's subtree is a fact the actor could
     * not look up, so asking is limited and audited (see {@link IdNumberProbes}).
     */
    private boolean registered(Actor actor, String idNumber, Long self) {
        probes.requireAllowance(actor);
        Optional<String> holder = members.unitPathOfIdNumber(seal.idNumberHash(idNumber), self);
        if (holder.isPresent() && !actor.covers(holder.get())) {
            probes.record(actor, idNumber);
        }
        return holder.isPresent();
    }

    private static MemberRejected registeredElsewhere() {
        return new MemberRejected(List.of(new FieldProblem("idNumber", "member.idNumber.registered", new Object[0])));
    }

    private String statusLabel(MemberStatus status) {
        return messages.get("member.status." + status);
    }

    /** What the audit trail keeps of a member: personal data masked, so the log itself holds none. */
    private static Map<String, Object> snapshot(MemberDetails d, long unitId, MemberStatus status) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unitId", unitId);
        state.put("name", d.name());
        state.put("gender", d.gender());
        state.put("birthYear", d.birthYear());
        state.put("phone", Masking.phone(d.phone()));
        state.put("idNumber", Masking.idNumber(d.idNumber()));
        state.put("field", d.field());
        state.put("title", d.title());
        state.put("formerEmployer", d.formerEmployer());
        state.put("politicalStatus", d.politicalStatus());
        state.put("joinedOn", d.joinedOn() == null ? null : d.joinedOn().toString());
        state.put("status", status);
        return state;
    }

    private Map<String, Object> snapshot(MemberRecord m) {
        MemberDetails d = new MemberDetails(m.name(), m.gender(), m.birthYear(), seal.phone(m, true),
                seal.idNumber(m, true), m.field(), m.title(), m.formerEmployer(), m.politicalStatus(), m.joinedOn());
        return snapshot(d, m.unitId(), m.status());
    }

    private record Registration(UnitRef unit, MemberDetails details) {
    }
}
