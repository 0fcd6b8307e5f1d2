package org.luoshi.org.internal.unit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.luoshi.org.UnitType;
import org.luoshi.shared.error.BusinessException;

/**
 * A unit of the association's tree (单位) as stored: its place in the tree is the materialized {@code path}
 * ({@code /1/23/456/}, its own id last) and its {@code depth} (the root is 0).
 */
public record Unit(long id, Long parentId, String path, int depth, UnitStatus status, Long mergedIntoId,
        UnitDetails details, int version) {

    public boolean isActive() {
        return status == UnitStatus.ACTIVE;
    }

    public boolean isRoot() {
        return parentId == null;
    }

    public UnitType type() {
        return details.type();
    }

    public String name() {
        return details.name();
    }

    /** True for the unit itself and everything below it. */
    public boolean contains(Unit other) {
        return other.path.startsWith(path);
    }

    /** Refuses changes to a dissolved or merged unit: it is kept for history only. */
    public void requireActive() {
        if (!isActive()) {
            throw BusinessException.conflict("unit.notActive", name());
        }
    }

    /** Checks that this unit, with its subtree, may hang under {@code newParent}. */
    public void checkMayMoveUnder(Unit newParent) {
        requireActive();
        if (isRoot()) {
            throw BusinessException.conflict("unit.rootFixed");
        }
        if (contains(newParent)) {
            throw BusinessException.invalid("parentId", "unit.move.intoOwnSubtree", name(), newParent.name());
        }
        if (newParent.id == parentId) {
            throw BusinessException.invalid("parentId", "unit.move.sameParent", newParent.name());
        }
        newParent.checkMayHold(type());
    }

    /** Checks that this unit may be merged into {@code survivor}, which takes its members and children. */
    public void checkMayMergeInto(Unit survivor) {
        requireActive();
        if (isRoot()) {
            throw BusinessException.conflict("unit.rootFixed");
        }
        if (contains(survivor)) {
            throw BusinessException.invalid("targetId", "unit.merge.intoOwnSubtree", name(), survivor.name());
        }
        if (!survivor.isActive()) {
            throw BusinessException.invalid("targetId", "unit.merge.targetNotActive", survivor.name());
        }
    }

    /** A parent takes a new child only while it is active and only of a type its own type allows. */
    public void checkMayHold(UnitType childType) {
        if (!isActive()) {
            throw BusinessException.invalid("parentId", "unit.parentNotActive", name());
        }
        if (!UnitTypeRules.allows(type(), childType)) {
            throw BusinessException.invalid("type", "unit.type.notAllowedUnder", UnitValidator.label(childType),
                    UnitValidator.label(type()));
        }
    }

    /** The path of this unit once it hangs under {@code parent}. */
    String pathUnder(Unit parent) {
        return parent.path + id + "/";
    }

    /** The state written to the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> map = new LinkedHashMap<>(details.asMap());
        map.put("parentId", parentId);
        map.put("path", path);
        map.put("status", status.name());
        map.put("mergedIntoId", mergedIntoId);
        map.put("version", version);
        return map;
    }
}
