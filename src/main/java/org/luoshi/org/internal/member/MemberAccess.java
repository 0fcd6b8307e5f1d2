package org.luoshi.org.internal.member;

import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with members. Everyone but a plain member reads the registry of their subtree; administrators
 * change it. A unit outside the actor's subtree is answered as if it did not exist.
 */
@Component
public class MemberAccess {

    private final UnitDirectory units;

    MemberAccess(UnitDirectory units) {
        this.units = units;
    }

    public Actor reader() {
        Actor actor = CurrentActor.get();
        if (!actor.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.LEADER, Role.EDITOR, Role.EVALUATOR)) {
            throw BusinessException.forbidden("member.forbidden.read");
        }
        return actor;
    }

    public Actor manager() {
        Actor actor = reader();
        if (!actor.mayManage()) {
            throw BusinessException.forbidden("member.forbidden.manage");
        }
        return actor;
    }

    /**
     * The actor revealing one member's full phone and ID number, or exporting them in full: only the roles
     * docs/accounts.md names (系统管理员、单位管理员). Everyone else sees them masked.
     */
    public Actor revealer() {
        Actor actor = reader();
        if (!actor.maySeePersonalData()) {
            throw BusinessException.forbidden("member.forbidden.reveal");
        }
        return actor;
    }

    /** Whether the current actor may reveal personal data: for offering the button, not for enforcing. */
    public boolean mayReveal() {
        return CurrentActor.find().map(Actor::maySeePersonalData).orElse(false);
    }

    /** Whether the current actor may change members: for showing buttons, not for enforcing. */
    public boolean mayManage() {
        return CurrentActor.find().map(Actor::mayManage).orElse(false);
    }

    /** The unit a list is scoped to: the given one if it lies in the actor's subtree, else the actor's own. */
    public UnitRef scopeUnit(Actor actor, Long unitId) {
        long id = unitId == null ? actor.unitId() : unitId;
        return units.find(id).filter(unit -> actor.covers(unit.path()))
                .orElseThrow(() -> BusinessException.notFound("unit.notFound"));
    }
}
