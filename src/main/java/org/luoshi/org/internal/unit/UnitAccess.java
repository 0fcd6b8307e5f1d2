package org.luoshi.org.internal.unit;

import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which unit. Everyone but a plain member reads the tree of their own subtree; system and
 * unit administrators change units strictly below their own unit (a system administrator acting for the root
 * may also edit the root's details). A unit outside the actor's subtree answers "not found", so its existence
 * is not revealed; a role that may not act answers "forbidden".
 */
@Component
public class UnitAccess {

    private final UnitRepository units;

    UnitAccess(UnitRepository units) {
        this.units = units;
    }

    /** Plain members use the member view, not the organisation pages. */
    public void requireReader(Actor actor) {
        if (!actor.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.LEADER, Role.EDITOR, Role.EVALUATOR)) {
            throw BusinessException.forbidden("unit.forbidden.read");
        }
    }

    public Unit readable(Actor actor, long id) {
        requireReader(actor);
        return inScope(actor, id);
    }

    /** The unit if the actor's subtree holds it, for optional links such as "merged into". */
    public java.util.Optional<Unit> findReadable(Actor actor, long id) {
        return units.findInScope(id, actor.scopePath());
    }

    /** A unit whose details, leaders and contacts the actor may change. */
    public Unit editable(Actor actor, long id) {
        Unit unit = managed(actor, id);
        if (!mayEdit(actor, unit)) {
            throw BusinessException.forbidden("unit.forbidden.ownUnit");
        }
        return unit;
    }

    /** A unit the actor may move, merge or dissolve: strictly below the actor's own unit. */
    public Unit restructurable(Actor actor, long id) {
        Unit unit = managed(actor, id);
        if (!mayRestructure(actor, unit)) {
            throw BusinessException.forbidden("unit.forbidden.ownUnit");
        }
        return unit;
    }

    /** For showing or hiding actions on a unit the actor already reads. */
    public boolean mayEdit(Actor actor, Unit unit) {
        boolean rootByItsAdministrator = unit.isRoot() && actor.has(Role.SYSTEM_ADMIN);
        return actor.mayManage() && (unit.id() != actor.unitId() || rootByItsAdministrator);
    }

    public boolean mayRestructure(Actor actor, Unit unit) {
        return actor.mayManage() && unit.id() != actor.unitId();
    }

    /** A unit the actor may add children to: their own unit or any below it. */
    public Unit parentFor(Actor actor, long id) {
        return managed(actor, id);
    }

    /** The destination of a move or merge, named by the user: unknown or out of scope is an input error. */
    public Unit destination(Actor actor, long id, String field) {
        return units.findInScope(id, actor.scopePath())
                .orElseThrow(() -> BusinessException.invalid(field, "unit.destination.notFound"));
    }

    public Unit destinationByCode(Actor actor, String code, String field) {
        if (code == null || code.isBlank()) {
            throw BusinessException.invalid(field, "unit.destination.required");
        }
        return units.findByCodeInScope(code.strip().toUpperCase(java.util.Locale.ROOT), actor.scopePath())
                .orElseThrow(() -> BusinessException.invalid(field, "unit.destination.notFound"));
    }

    private Unit managed(Actor actor, long id) {
        Unit unit = inScope(actor, id);
        if (!actor.mayManage()) {
            throw BusinessException.forbidden("unit.forbidden.manage");
        }
        return unit;
    }

    private Unit inScope(Actor actor, long id) {
        return units.findInScope(id, actor.scopePath())
                .orElseThrow(() -> BusinessException.notFound("unit.notFound"));
    }
}
