package org.luoshi.org.internal.unit;

import java.util.List;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitMoved;
import org.luoshi.org.UnitsMerged;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the organisation tree (组织管理): create, edit, move, merge, dissolve. Each change is checked against
 * the actor's scope and role ({@link UnitAccess}), validated, written and audited in one transaction.
 */
@Service
public class UnitService {

    static final String ENTITY = "unit";

    private final UnitRepository units;
    private final UnitAccess access;
    private final UnitValidator validator;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    UnitService(UnitRepository units, UnitAccess access, UnitValidator validator, AuditTrail audit,
            Messages messages, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.units = units;
        this.access = access;
        this.validator = validator;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public Unit create(Actor actor, long parentId, UnitDetails input) {
        Unit parent = access.parentFor(actor, parentId);
        UnitDetails details = input.cleaned();
        parent.requireActive();
        validator.require(details, null, parent);
        return insertChecked(parent, details);
    }

    /** Inserts details already validated against {@code parent}; used by the form, the API and the import. */
    Unit insertChecked(Unit parent, UnitDetails details) {
        long id = units.insert(details, parent);
        Unit created = units.lock(id).orElseThrow();
        audit.record("UNIT_CREATE", ENTITY, id, created.path(),
                messages.get("unit.audit.created", created.name(), parent.name()), null, created.snapshot());
        return created;
    }

    @Transactional
    public Unit edit(Actor actor, long id, int version, UnitDetails input) {
        Unit before = access.editable(actor, id);
        before.requireActive();
        UnitDetails details = input.cleaned();
        Unit parent = before.isRoot() ? null : units.lock(before.parentId()).orElseThrow();
        validator.require(details, before, parent);
        if (!units.update(id, version, details)) {
            throw BusinessException.conflict("unit.staleVersion", before.name());
        }
        Unit after = units.lock(id).orElseThrow();
        audit.record("UNIT_EDIT", ENTITY, id, after.path(), messages.get("unit.audit.edited", after.name()),
                before.snapshot(), after.snapshot());
        return after;
    }

    @Transactional
    public Unit move(Actor actor, long id, long newParentId, Integer version) {
        access.restructurable(actor, id);
        access.destination(actor, newParentId, "parentId");
        serializeRestructuring();
        Unit unit = current(id, version);
        Unit newParent = units.lock(newParentId).orElseThrow();
        unit.checkMayMoveUnder(newParent);
        units.moveSubtree(unit, newParent);
        Unit after = units.lock(id).orElseThrow();
        audit.record("UNIT_MOVE", ENTITY, id, commonAncestor(unit.path(), after.path()),
                messages.get("unit.audit.moved", unit.name(), newParent.name()), unit.snapshot(), after.snapshot());
        events.publishEvent(new UnitMoved(id, unit.path(), after.path()));
        return after;
    }

    @Transactional
    public Unit merge(Actor actor, long id, long survivorId, Integer version) {
        access.restructurable(actor, id);
        access.destination(actor, survivorId, "targetId");
        serializeRestructuring();
        Unit from = current(id, version);
        Unit into = units.lock(survivorId).orElseThrow();
        from.checkMayMergeInto(into);
        List<Long> children = units.childIds(id);
        units.merge(from, into);
        Unit after = units.lock(id).orElseThrow();
        audit.record("UNIT_MERGE", ENTITY, id, commonAncestor(from.path(), into.path()),
                messages.get("unit.audit.merged", from.name(), into.name()), from.snapshot(), after.snapshot());
        // the children's subtrees now hang under the survivor; the merged unit itself keeps its path
        children.forEach(child -> events.publishEvent(
                new UnitMoved(child, from.path() + child + "/", into.path() + child + "/")));
        events.publishEvent(new UnitsMerged(from.id(), into.id()));
        return units.lock(survivorId).orElseThrow();
    }

    @Transactional
    public Unit dissolve(Actor actor, long id, Integer version) {
        access.restructurable(actor, id);
        serializeRestructuring();
        Unit unit = current(id, version);
        unit.requireActive();
        long children = units.activeChildCount(id);
        if (children > 0) {
            throw BusinessException.conflict("unit.dissolve.hasChildren", unit.name(), children);
        }
        long members = units.activeMemberCount(unit.path());
        if (members > 0) {
            throw BusinessException.conflict("unit.dissolve.hasMembers", unit.name(), members);
        }
        units.markDissolved(id);
        Unit after = units.lock(id).orElseThrow();
        audit.record("UNIT_DISSOLVE", ENTITY, id, unit.path(), messages.get("unit.audit.dissolved", unit.name()),
                unit.snapshot(), after.snapshot());
        return after;
    }

    /** The unit as it is now, refused when the user acted on an older version of it. */
    private Unit current(long id, Integer version) {
        Unit unit = units.lock(id).orElseThrow();
        if (version != null && version != unit.version()) {
            throw BusinessException.conflict("unit.staleVersion", unit.name());
        }
        return unit;
    }

    /**
     * Moves and merges rewrite paths across subtrees; two running at once could hang a unit under its own
     * descendant. They are rare, so they simply take turns.
     */
    private void serializeRestructuring() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('luoshi.unit.restructure'))").query((rs, i) -> 1).list();
    }

    /** The deepest unit above both places: its administrators see both ends of a move or merge. */
    static String commonAncestor(String a, String b) {
        int end = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                end = i + 1;
            }
        }
        return a.substring(0, end);
    }
}
